import type { ReactNode } from 'react';

/** Tabs over one panel, which holds the chosen tab's content; the arrow keys move between tabs. */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
  label,
  children,
}: {
  tabs: [T, string][];
  value: T;
  onChange: (t: T) => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <>
      <ul className="nav nav-tabs mb-3" role="tablist" aria-label={label}>
        {tabs.map(([k, v]) => (
          <li key={k} className="nav-item" role="presentation">
            <button
              type="button"
              role="tab"
              id={`tab-${k}`}
              aria-selected={value === k}
              aria-controls={`panel-${k}`}
              className={`nav-link ${value === k ? 'active' : ''}`}
              onClick={() => onChange(k)}
              onKeyDown={(e) => {
                const i = tabs.findIndex(([x]) => x === value);
                if (e.key === 'ArrowRight') onChange(tabs[(i + 1) % tabs.length][0]);
                if (e.key === 'ArrowLeft') onChange(tabs[(i - 1 + tabs.length) % tabs.length][0]);
              }}
            >
              {v}
            </button>
          </li>
        ))}
      </ul>
      <div role="tabpanel" id={`panel-${value}`} aria-labelledby={`tab-${value}`}>
        {children}
      </div>
    </>
  );
}
