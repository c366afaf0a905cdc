import type { UiError } from './errors';
import { getToken } from './session';

/** What `POST /files` answers: the `fileId` of attachDocument and replaceDocument. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

const MESSAGES: Record<number, string> = {
  401: 'Devi accedere per caricare un file.',
  429: 'Troppi caricamenti in poco tempo: riprova tra qualche minuto.',
};

/** The Italian error of a refused upload: the server's own words for 400, 413 and 415 (too large, type not allowed). */
function uploadError(status: number, body: string): UiError {
  let message: string | undefined;
  try {
    message = (JSON.parse(body) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message;
  } catch {
    // not JSON: a proxy's page
  }
  if (status === 401 || status === 429) return { code: status === 401 ? 'UNAUTHENTICATED' : 'RATE_LIMITED', message: MESSAGES[status], fields: [] };
  if (status >= 400 && status < 500 && message) return { code: 'BAD_USER_INPUT', message, fields: [] };
  return { code: 'INTERNAL', message: 'Il caricamento non è riuscito: riprova più tardi.', fields: [] };
}

/**
 * Sends a file to `POST /files` (multipart, one part named `file`), reporting progress from 0 to 1.
 * XMLHttpRequest rather than fetch: only it reports the progress of a request body. Rejects with a UiError.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as UploadedFile);
      else reject(uploadError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject({ code: 'NETWORK', message: 'Il caricamento si è interrotto: controlla la connessione e riprova.', fields: [] } satisfies UiError);
    xhr.onabort = () => reject({ code: 'NETWORK', message: 'Caricamento annullato.', fields: [] } satisfies UiError);
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
