import type { INestApplicationContext } from '@nestjs/common';
import { UploadService } from '@app/files';
import { DocumentTextWorker } from '@app/practices';
import type { SeedFiles } from './seed-step.js';

/** The demo's way to the configured file storage and to the background text extraction. */
export function seedFilesOf(app: INestApplicationContext): SeedFiles {
  const uploads = app.get(UploadService);
  const worker = app.get(DocumentTextWorker);
  return {
    storeBytes: (data) => uploads.storeBytes(data),
    extractText: () => worker.kick(),
  };
}
