import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

/**
 * A modal confirmation (the native <dialog>: focus moves into it and stays there, Esc cancels, the
 * page behind is inert) with an optional reason for the moderation log.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  reasonLabel = 'Motivo (facoltativo, resta nel registro della moderazione)',
  initialReason = '',
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  reasonLabel?: string | null;
  initialReason?: string;
  busy?: boolean;
  onConfirm: (reason: string | null) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState(initialReason);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason(initialReason);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
    // Only opening and closing matter here; the reason is reset on each opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm(reason.trim() || null);
  };

  return (
    <dialog
      ref={ref}
      className="hub-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="h5">
          {title}
        </h2>
        <div id={`${id}-body`} className="mb-3">
          {children}
        </div>
        {reasonLabel && (
          <div className="mb-3">
            <label htmlFor={`${id}-reason`} className="form-label">
              {reasonLabel}
            </label>
            <input id={`${id}-reason`} type="text" className="form-control" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        )}
        <div className="d-flex flex-wrap gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            Annulla
          </button>
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
