import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/core';
import { SignedUrls } from '@app/files';

/** The download paths: the current version, and each version by number. */
export const documentPath = (id: string): string => `/files/documents/${id}`;
export const documentVersionPath = (id: string, version: number): string => `/files/documents/${id}/versions/${version}`;

/**
 * `Document.url` and `DocumentVersion.url`: under PUBLIC_URL; a document that is not public
 * (of a draft practice, of a twinning) gets a short-lived signed key, so that the link given to
 * someone who may see it downloads without headers.
 */
@Injectable()
export class DocumentUrls {
  constructor(
    private readonly config: AppConfig,
    private readonly signed: SignedUrls,
  ) {}

  of(document: { id: string; isPublic: boolean }, version?: number): string {
    const path = version === undefined ? documentPath(document.id) : documentVersionPath(document.id, version);
    return `${this.config.publicUrl}${document.isPublic ? path : this.signed.sign(path)}`;
  }
}
