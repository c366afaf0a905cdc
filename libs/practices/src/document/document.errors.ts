import { BadUserInputError, ForbiddenError, NotFoundError } from '@app/core';

export class DocumentNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Documento', id);
  }
}

export class DocumentEditForbiddenError extends ForbiddenError {
  constructor(ofTwinning: boolean) {
    super(
      ofTwinning
        ? 'Solo i membri delle amministrazioni del gemellaggio, i moderatori e gli amministratori possono gestirne i documenti'
        : 'Solo i referenti della buona pratica, i moderatori e gli amministratori possono gestirne i documenti',
    );
  }
}

/** The `fileId` names no upload of the viewer waiting to be attached. */
export class UploadNotAttachableError extends BadUserInputError {
  constructor() {
    super([{ field: 'fileId', message: 'nessun tuo file caricato con questo id in attesa di essere allegato: caricalo con POST /files (vale 24 ore)' }]);
  }
}
