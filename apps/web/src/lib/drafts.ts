import { useCallback, useState } from 'react';

const PREFIX = 'hub.draft.';

function read<T>(key: string | null, empty: T): T {
  if (!key) return empty;
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? { ...empty, ...(JSON.parse(raw) as T) } : empty;
  } catch {
    return empty;
  }
}

function write<T>(key: string, value: T, empty: T): void {
  try {
    if (JSON.stringify(value) === JSON.stringify(empty)) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft lives only in the page.
  }
}

/**
 * A form's content kept in localStorage under `key` (e.g. one per thread and viewer), so that it
 * survives navigation and reloads; `clear` after sending. A null key keeps the value in memory.
 */
export function useDraft<T extends object>(key: string | null, empty: T): [T, (patch: Partial<T>) => void, () => void] {
  const [state, setState] = useState(() => ({ key, value: read(key, empty) }));
  // Another thread on the same page component: load its own draft.
  const current = state.key === key ? state.value : read(key, empty);
  if (state.key !== key) setState({ key, value: current });

  const update = useCallback(
    (patch: Partial<T>) =>
      setState((s) => {
        const value = { ...s.value, ...patch };
        if (s.key) write(s.key, value, empty);
        return { ...s, value };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const clear = useCallback(
    () =>
      setState((s) => {
        if (s.key) write(s.key, empty, empty);
        return { ...s, value: empty };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return [current, update, clear];
}
