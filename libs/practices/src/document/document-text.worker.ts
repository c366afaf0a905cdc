import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, rootLogger, TransactionRunner } from '@app/core';
import { extractText, FileStorage } from '@app/files';
import { claimPendingText, DOCUMENT_TEXT_SQL_TAG, refreshDocumentSearch, saveExtractedText } from './document.queries.js';

const logger = rootLogger.child({ module: 'documents' });

/** The pg-boss queue of text extraction (`<lib>.<verb>`). */
export const DOCUMENT_TEXT_QUEUE = 'documents.extract-text';

/**
 * Extracts the text of each new document version (extractText: bounded in size, pages and time)
 * in the background, stores it with the version and refreshes the document's search vector.
 * The rows are the truth: a job right after each commit that added a version, and a sweep every
 * five minutes, take the versions still without text, one at a time (`SKIP LOCKED`), so several
 * instances share the work and a restart loses none.
 */
@Injectable()
export class DocumentTextWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tx: TransactionRunner,
    private readonly storage: FileStorage,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: DOCUMENT_TEXT_QUEUE,
      queue: { policy: 'short', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
      work: { pollingIntervalSeconds: 0.5 },
      handler: () => this.sweep(),
      cron: '*/5 * * * *',
    });
    await this.kick();
  }

  /** Asks for a sweep as soon as possible (after a commit that added a version). */
  async kick(): Promise<void> {
    await this.jobs.send(DOCUMENT_TEXT_QUEUE, {}, { singletonKey: 'now' });
  }

  async sweep(): Promise<void> {
    while (!this.jobs.isStopping && (await this.extractNext())) {
      // one version per transaction
    }
  }

  /** Extracts the text of one pending version; false when none is left. */
  private extractNext(): Promise<boolean> {
    return this.tx.run(async ({ em }) => {
      const pending = await claimPendingText(em);
      if (!pending) return false;
      let text: string | null = null;
      try {
        text = await extractText(() => this.storage.read(pending.sha256), pending.contentType, pending.sizeBytes);
      } catch (err) {
        // An unreadable file has no text to offer; the version is not tried again.
        logger.warn({ err, versionId: pending.id }, 'estrazione del testo non riuscita');
      }
      await saveExtractedText(em, pending.id, text);
      await refreshDocumentSearch(em, pending.documentId, `${DOCUMENT_TEXT_SQL_TAG} `);
      return true;
    });
  }
}
