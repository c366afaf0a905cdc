import { BadUserInputError } from '@app/core';
import { ALLOWED_TYPES_TEXT } from './upload/file-kinds.js';

/** `1048576` -> `1 MB`. */
function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}

/** An upload over MAX_UPLOAD_MB: 413, and the request is cut off there. */
export class FileTooLargeError extends BadUserInputError {
  override readonly httpStatus = 413;
  constructor(limitBytes: number) {
    super([{ field: 'file', message: `il file supera il limite di ${megabytes(limitBytes)}` }], `Il file supera il limite di ${megabytes(limitBytes)}`);
  }
}

/** A file whose content is not of an allowed type: 415. */
export class UnsupportedFileTypeError extends BadUserInputError {
  override readonly httpStatus = 415;
  constructor() {
    const message = `Tipo di file non ammesso: si accettano ${ALLOWED_TYPES_TEXT} (il tipo è riconosciuto dal contenuto, non dal nome)`;
    super([{ field: 'file', message }], message);
  }
}

/** A request that is not `multipart/form-data` with a part named `file`, or an empty file. */
export class MissingFileError extends BadUserInputError {
  constructor(message = 'manca il file: invia una richiesta multipart/form-data con una parte di nome «file»') {
    super([{ field: 'file', message }]);
  }
}
