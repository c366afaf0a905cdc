import { useId, useState, type DragEvent } from 'react';
import { FieldError } from '../ui';
import { formatBytes } from '../../lib/format';

/** The types POST /files accepts (judged by content on the server; this only filters the browser's dialog). */
const ACCEPT = '.pdf,.odt,.ods,.odp,.odg,.docx,.xlsx,.pptx,.ppsx,.csv,.txt,.png,.jpg,.jpeg,.zip';

/**
 * A file chooser that also takes a file dropped on it, with the upload's progress bar once it
 * starts. The native input stays in the page (keyboard and screen readers use it as usual).
 */
export function FilePicker({
  label,
  file,
  onFile,
  progress,
  error,
}: {
  label: string;
  file: File | null;
  onFile: (file: File | null) => void;
  /** 0..1 while uploading, null otherwise. */
  progress: number | null;
  error?: string;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      <div
        className={`hub-drop${over ? ' hub-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="file-drop"
      >
        <input
          id={id}
          type="file"
          className="form-control"
          accept={ACCEPT}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
        <small id={`${id}-hint`} className="form-text d-block">
          {file ? `${file.name} (${formatBytes(file.size)})` : 'Oppure trascina qui il file. PDF, OpenDocument, Office, CSV, testo, PNG, JPEG o ZIP.'}
        </small>
      </div>
      {progress !== null && (
        <div className="progress mt-2" role="progressbar" aria-label="Avanzamento del caricamento" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
          <div className="progress-bar" style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
