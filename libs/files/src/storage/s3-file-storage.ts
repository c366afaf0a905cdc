import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { assertSha256, ByteRange, FileStorage } from './file-storage.js';

export interface S3Options {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
}

/**
 * Files in an S3-compatible bucket (AWS SDK v3), one object per content, keyed `files/<sha256>`.
 * A PUT is atomic: the object appears whole or not at all. Path-style addressing, so any
 * S3-compatible server on its own host name works (MinIO, Ceph, s3rver in the tests).
 */
export class S3FileStorage extends FileStorage {
  readonly kind = 'S3';
  private readonly client: S3Client;

  constructor(private readonly options: S3Options) {
    super();
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: true,
      credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      // Checksums only where S3 requires them: the SDK's default trailing checksums (aws-chunked
      // uploads) are unknown to many S3-compatible servers; the key already is the sha256.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(sha256: string): string {
    assertSha256(sha256);
    return `files/${sha256}`;
  }

  async put(sha256: string, stagedPath: string, sizeBytes: number): Promise<void> {
    try {
      if (!(await this.exists(sha256))) {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.options.bucket,
            Key: this.keyOf(sha256),
            Body: createReadStream(stagedPath),
            ContentLength: sizeBytes,
            ContentType: 'application/octet-stream',
          }),
        );
      }
    } finally {
      await rm(stagedPath, { force: true });
    }
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
    );
    const body = answer.Body;
    if (body instanceof Readable) return body;
    throw new Error('S3: risposta senza contenuto');
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256) }));
      return true;
    } catch (err) {
      if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return false;
      throw err;
    }
  }

  async delete(sha256: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
