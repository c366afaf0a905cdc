import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** An S3-compatible server in the test process (s3rver, files under a temporary folder), with one bucket. */
export interface TestS3 {
  bucket: string;
  endpoint: string;
  /** The S3_* variables that point the application at it. */
  env: Record<string, string>;
  /** Keys of the objects in the bucket. */
  keys(): string[];
  close(): Promise<void>;
}

export async function startTestS3(bucket = 'documenti'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'hub-test-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    bucket,
    endpoint,
    env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'eu-south-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    keys() {
      // s3rver keeps each object as <bucket>/<key>._S3rver_object (with metadata files beside it).
      const root = join(directory, bucket);
      if (!existsSync(root)) return [];
      return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('._S3rver_object'))
        .map((e) => join(e.parentPath, e.name).slice(root.length + 1).replace(/\._S3rver_object$/, ''));
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
