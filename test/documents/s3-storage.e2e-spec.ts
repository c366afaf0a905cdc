import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FileStorage, S3FileStorage, UploadCleanup } from '@app/files';
import { startTestApp, startTestS3, TestApp, TestS3 } from '@app/testing';
import { downloadScenarios } from './download-scenarios.js';
import { exe, pdf, sha256, upload, uploaded } from './files.js';

describe('uploaded files in an S3-compatible bucket (s3rver)', () => {
  let s3: TestS3;
  let t: TestApp;
  beforeAll(async () => {
    s3 = await startTestS3();
    t = await startTestApp({ env: { ...s3.env, RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('uses the S3 driver when S3_BUCKET is set, keeping nothing under FILES_DIR', async () => {
    expect(t.app.get(FileStorage)).toBeInstanceOf(S3FileStorage);
    const member = await t.seed.member();
    const data = pdf('Kit di riuso nel bucket');
    const answer = await uploaded(t, member, { name: 'kit.pdf', data });
    expect(answer.sha256).toBe(sha256(data));
    expect(s3.keys()).toContain(`files/${answer.sha256}`);
    const local = existsSync(t.config.filesDir) ? readdirSync(t.config.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
    expect(local).toEqual([]);
  });

  it('puts nothing in the bucket for a refused upload', async () => {
    const member = await t.seed.member();
    const before = s3.keys().length;
    const res = await upload(t, member, { name: 'setup.pdf', data: exe() });
    expect(res.status).toBe(415);
    expect(s3.keys()).toHaveLength(before);
  });

  downloadScenarios(() => t);

  it('deletes the object of an upload left unattached for a day', async () => {
    const member = await t.seed.member();
    const stale = await uploaded(t, member, { name: 'vecchio.pdf', data: pdf('Da eliminare nel bucket') });
    await t.dataSource.query(`UPDATE uploaded_file SET "createdAt" = now() - interval '25 hours' WHERE id = $1`, [stale.id]);
    expect(await t.app.get(UploadCleanup).run()).toBe(1);
    expect(s3.keys()).not.toContain(`files/${stale.sha256}`);
  });
});
