import { Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, rootLogger } from '@app/core';
import { MembersModule } from '@app/members';
import { SignedUrls } from './download/signed-urls.js';
import { FileStorage } from './storage/file-storage.js';
import { FsFileStorage } from './storage/fs-file-storage.js';
import { S3FileStorage } from './storage/s3-file-storage.js';
import { UploadCleanup } from './upload/upload-cleanup.js';
import { UploadController } from './upload/upload.controller.js';
import { UploadService } from './upload/upload.service.js';
import { UploadedFileEntity } from './upload/uploaded-file.entity.js';

/** The storage driver the configuration names: an S3-compatible bucket when S3_BUCKET is set, else the file system under FILES_DIR. */
export function createFileStorage(config: AppConfig): FileStorage {
  const storage = config.s3 ? new S3FileStorage(config.s3) : new FsFileStorage(config.filesDir);
  rootLogger.child({ module: 'files' }).info({ driver: storage.kind, ...(config.s3 ? { bucket: config.s3.bucket } : { dir: config.filesDir }) }, 'uploaded files storage');
  return storage;
}

/** Uploads (`POST /files`), their storage, signed download addresses and the clean-up of unattached uploads. */
@Module({
  imports: [TypeOrmModule.forFeature([UploadedFileEntity]), MembersModule],
  controllers: [UploadController],
  providers: [{ provide: FileStorage, inject: [AppConfig], useFactory: createFileStorage }, UploadService, UploadCleanup, SignedUrls],
  exports: [FileStorage, UploadService, UploadCleanup, SignedUrls],
})
export class FilesModule implements OnModuleDestroy {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  onModuleDestroy(): void {
    if (this.storage instanceof S3FileStorage) this.storage.destroy();
  }
}
