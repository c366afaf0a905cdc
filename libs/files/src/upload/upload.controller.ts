import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { rateLimitTracker, UnauthenticatedError, WriteLimits } from '@app/core';
import { ViewerService } from '@app/members';
import { UploadService } from './upload.service.js';

/** The answer of `POST /files` (runtime.md): what `attachDocument` and `replaceDocument` take as `fileId`. */
export interface UploadAnswer {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** How long the rest of a refused upload is read and dropped after the answer, before the connection closes. */
const LINGER_MS = 1000;

/**
 * A refused upload's body is not read to its end: once the answer is out, the server says it is
 * done (FIN) and drops what still arrives for at most LINGER_MS, then closes the connection.
 * Closing at once would reset it while the client is still sending, and a reset can take the
 * answer with it before the client has read it (the "lingering close" of web servers).
 */
function closeWhenAnswered(req: Request, res: Response): void {
  res.once('finish', () => {
    const socket = req.socket;
    socket.end();
    req.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}

@Controller('files')
export class UploadController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly uploads: UploadService,
    private readonly limits: WriteLimits,
  ) {}

  /**
   * `multipart/form-data` with one part named `file`, from an ACTIVE member (401 otherwise),
   * counted in the same write budget as mutations (429 past it).
   */
  @Post()
  @HttpCode(201)
  async upload(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<UploadAnswer> {
    try {
      const viewer = await this.viewers.fromAuthorization(req.headers.authorization);
      const memberId = viewer.activeMemberId;
      if (!memberId) throw new UnauthenticatedError('Per caricare un file accedi con un account attivo');
      await this.limits.countWrite(rateLimitTracker(memberId, req.ip));
      const file = await this.uploads.receive(req, memberId);
      res.setHeader('Cache-Control', 'no-store');
      return { id: file.id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
    } catch (err) {
      closeWhenAnswered(req, res);
      throw err;
    }
  }
}
