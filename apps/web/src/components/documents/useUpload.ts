import { useCallback, useEffect, useRef, useState } from 'react';
import type { UiError } from '../../lib/errors';
import { uploadFile, type UploadedFile } from '../../lib/upload';

/** One upload at a time with its progress (0..1, null when idle) and its error; abandoned when the component goes. */
export function useUpload() {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const upload = useCallback(async (file: File): Promise<UploadedFile | null> => {
    abort.current = new AbortController();
    setError(null);
    setProgress(0);
    try {
      return await uploadFile(file, setProgress, abort.current.signal);
    } catch (e) {
      setError(e as UiError);
      return null;
    } finally {
      setProgress(null);
    }
  }, []);

  return { upload, progress, error, clearError: () => setError(null) };
}
