import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FileStorage, FsFileStorage } from '@app/files';
import { startTestApp, TestApp } from '@app/testing';
import { download, downloadScenarios } from './download-scenarios.js';

describe('downloads of documents (file-system storage)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(() => t.close());

  it('stores files on the file system when no bucket is set', () => {
    expect(t.app.get(FileStorage)).toBeInstanceOf(FsFileStorage);
  });

  downloadScenarios(() => t);

  it('answers 404 for an unknown document, a malformed id or version', async () => {
    for (const path of ['00000000-0000-4000-8000-000000000000', 'non-un-id', '00000000-0000-4000-8000-000000000000/versions/0', '00000000-0000-4000-8000-000000000000/versions/x']) {
      const { res } = await download(t, `${t.baseUrl}/files/documents/${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
