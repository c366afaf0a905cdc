import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig, countOrRefuse, RateLimitStore, UnauthenticatedError, writesKey } from '@app/core';
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

@Controller('files')
export class UploadController {
  constructor(
    private readonly viewers: ViewerService,
    private readonly uploads: UploadService,
    private readonly rateLimits: RateLimitStore,
    private readonly config: AppConfig,
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
      const { limit, windowSeconds } = this.config.rateLimitWrites;
      await countOrRefuse(this.rateLimits, writesKey(`member:${memberId}`), windowSeconds, limit);
      const file = await this.uploads.receive(req, memberId);
      res.setHeader('Cache-Control', 'no-store');
      return { id: file.id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
    } catch (err) {
      // A refused upload's body is not read to its end: the answer goes out and the connection closes.
      res.setHeader('Connection', 'close');
      throw err;
    }
  }
}
