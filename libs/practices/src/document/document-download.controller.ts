import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { isUuid, UnauthenticatedError, ViewerContext } from '@app/core';
import { FileStorage, sendStoredFile, SignedUrls } from '@app/files';
import { ViewerService } from '@app/members';
import { documentPath, documentVersionPath } from './document-urls.js';
import { DocumentNotFoundError } from './document.errors.js';
import { downloadOf } from './document.queries.js';

/**
 * Downloads of documents (`Document.url`, `DocumentVersion.url`): a public document to anybody;
 * any other with a valid signed key for its path (as `url` answers it to someone who may see
 * it), or a bearer token of a member who may see it. 401 without either, 404 for a document the
 * member may not see, as for one that does not exist.
 */
@Controller('files/documents')
export class DocumentDownloadController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewers: ViewerService,
    private readonly storage: FileStorage,
    private readonly signed: SignedUrls,
  ) {}

  @Get(':id')
  current(@Param('id') id: string, @Query('key') key: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, id, null, key);
  }

  @Get(':id/versions/:version')
  version(@Param('id') id: string, @Param('version') version: string, @Query('key') key: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!/^[1-9]\d{0,8}$/.test(version)) throw new DocumentNotFoundError(id);
    return this.send(req, res, id, Number(version), key);
  }

  private async send(req: Request, res: Response, id: string, version: number | null, key: unknown): Promise<void> {
    if (!isUuid(id)) throw new DocumentNotFoundError(id);
    const signed = this.signed.verify(version === null ? documentPath(id) : documentVersionPath(id, version), key);
    const viewer = signed ? ViewerContext.anonymous() : await this.viewers.fromAuthorization(req.get('authorization'));
    const file = await downloadOf(this.dataSource, viewer, id, version);
    if (!file) throw new DocumentNotFoundError(id);
    if (!file.isPublic && !signed && !file.visible) {
      if (!viewer.activeMemberId) throw new UnauthenticatedError('Per scaricare questo documento accedi, oppure usa il collegamento indicato nella pagina');
      throw new DocumentNotFoundError(id);
    }
    await sendStoredFile(req, res, this.storage, file, file.isPublic ? 'public, max-age=0, must-revalidate' : 'private, no-cache');
  }
}
