import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert, Button, Spinner } from 'design-react-kit';
import sprites from 'bootstrap-italia/dist/svg/sprites.svg?url';
import { toUiError, type UiError } from '../lib/errors';
import { formatNumber } from '../lib/format';

export function Icon({ name, className = '', title }: { name: string; className?: string; title?: string }) {
  return (
    <svg className={`icon ${className}`} role={title ? 'img' : undefined} aria-hidden={title ? undefined : true} aria-label={title}>
      <use href={`${sprites}#${name}`} />
    </svg>
  );
}

export function Loading({ label = 'Caricamento in corso…' }: { label?: string }) {
  return (
    <div className="d-flex align-items-center gap-2 py-3" role="status" aria-live="polite">
      <Spinner active small />
      <span>{label}</span>
    </div>
  );
}

export function ErrorMessage({ error, ui }: { error?: unknown; ui?: UiError | null }) {
  const e = ui ?? toUiError(error);
  if (!e) return null;
  return (
    <Alert color="danger" role="alert">
      {e.message}
      {e.code === 'BAD_USER_INPUT' && e.fields.length > 0 && (
        <ul className="mb-0 mt-2">
          {e.fields.map((f) => (
            <li key={f.field}>{f.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-secondary fst-italic py-2">{children}</p>;
}

export function Notice({ children, color = 'success' }: { children: ReactNode; color?: 'success' | 'info' | 'warning' }) {
  return (
    <Alert color={color} role="status">
      {children}
    </Alert>
  );
}

export function LoadMore({
  hasNextPage,
  loading,
  onMore,
  shown,
  total,
}: {
  hasNextPage: boolean | undefined;
  loading: boolean;
  onMore: () => void;
  shown: number;
  total?: number;
}) {
  return (
    <div className="d-flex flex-wrap align-items-center gap-3 my-3">
      {total !== undefined && (
        <span className="text-secondary small">
          {formatNumber(shown)} di {formatNumber(total)}
        </span>
      )}
      {hasNextPage && (
        <Button color="primary" outline size="sm" onClick={onMore} disabled={loading}>
          {loading ? 'Caricamento…' : 'Carica altri'}
        </Button>
      )}
    </div>
  );
}

/** Sets the document title and moves focus to the page heading, so screen readers announce navigation. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Buone Pratiche e Gemellaggi`;
  }, [title]);
  useEffect(() => {
    // After a navigation inside the application (focus was on a link or a button), not on the first
    // load, where the skip link must stay the first stop of the keyboard.
    const active = document.activeElement;
    if (active && active !== document.body) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="h2 mb-3 page-title">
      {children}
    </h1>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** Label, control, hint and error wired together by id. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-3 hub-field">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A field's error under it, with the id its control's `aria-describedby` names (`<id>-error`). */
export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <div id={`${id}-error`} className="text-danger small">
      {error}
    </div>
  );
}

interface SelectFieldProps<K extends string> {
  label: string;
  value: K | '';
  /** A first option with an empty value (no filter, none), when there is one. */
  anyLabel?: string;
  options: Record<K, string>;
  onChange: (value: K) => void;
  error?: string;
  required?: boolean;
}

/** A labelled select over a map of values to Italian labels, optionally with an "any" option first (list filters). */
export function SelectField<K extends string>({ label, value, anyLabel, options, onChange, error, required }: SelectFieldProps<K>) {
  return (
    <Field label={label} error={error}>
      {(p) => (
        <select {...p} className="form-select" value={value} required={required} onChange={(e) => onChange(e.target.value as K)}>
          {anyLabel !== undefined && <option value="">{anyLabel}</option>}
          {(Object.entries(options) as [K, string][]).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
