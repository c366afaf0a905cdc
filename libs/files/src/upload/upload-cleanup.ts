import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, rootLogger, TransactionRunner } from '@app/core';
import { FileStorage } from '../storage/file-storage.js';
import { contentInUse, deleteStaleUploads, UNATTACHED_UPLOAD_TTL_HOURS } from './upload.queries.js';
import { lockContent, UploadService } from './upload.service.js';

const logger = rootLogger.child({ module: 'files' });

/** The pg-boss queue of the clean-up (`<lib>.<verb>`). */
export const FILES_CLEANUP_QUEUE = 'files.cleanup';

/** Uploads deleted per transaction. */
const BATCH = 200;

/**
 * Deletes uploads not attached within a day (UNATTACHED_UPLOAD_TTL_HOURS), and then the bytes of
 * each content no upload carries any more, under the content's lock (an upload of the same bytes
 * waits, then stores them again). Also removes staged files a crash left behind. Hourly, once
 * across instances; safe to run twice.
 */
@Injectable()
export class UploadCleanup implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly storage: FileStorage,
    private readonly uploads: UploadService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: FILES_CLEANUP_QUEUE,
      queue: { policy: 'short', retryLimit: 2, retryDelay: 60, expireInSeconds: 1800 },
      handler: async () => {
        await this.run();
      },
      cron: '17 * * * *',
    });
  }

  /** One clean-up; the number of uploads deleted. */
  async run(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const contents = await this.tx.run(({ em }) => deleteStaleUploads(em, BATCH));
      if (!contents.length) break;
      deleted += contents.length;
      for (const sha256 of contents) await this.deleteContentIfUnused(sha256);
      if (contents.length < BATCH) break;
    }
    await this.sweepStaging();
    if (deleted) logger.info({ deleted }, 'caricamenti non allegati eliminati');
    return deleted;
  }

  private async deleteContentIfUnused(sha256: string): Promise<void> {
    await this.tx.run(async ({ em }) => {
      await lockContent(em, sha256);
      if (!(await contentInUse(em, sha256))) await this.storage.delete(sha256);
    });
  }

  /** Staged files older than the upload TTL: what an interrupted process left (a live upload is never that old). */
  private async sweepStaging(): Promise<void> {
    const dir = this.uploads.stagingDir;
    const names = await readdir(dir).catch(() => [] as string[]);
    const cutoff = Date.now() - UNATTACHED_UPLOAD_TTL_HOURS * 3600 * 1000;
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(path, { force: true });
    }
  }
}
