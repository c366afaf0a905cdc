import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import type { ByteRange, FileStorage } from '../storage/file-storage.js';

/** What a download needs to know of a stored file. */
export interface StoredFileMeta {
  sha256: string;
  sizeBytes: number;
  contentType: string;
  fileName: string;
}

/** Whether an `If-None-Match` list names `etag` (weak comparison, as RFC 9110 wants for it). */
function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The one range of a `Range: bytes=…` header that can be served: null to send the whole file
 * (no header, a syntax this server does not serve such as several ranges, or an `If-Range`
 * naming another version), 'unsatisfiable' when it starts past the end.
 */
export function requestedRange(rangeHeader: string | undefined, ifRange: string | undefined, etag: string, size: number): ByteRange | 'unsatisfiable' | null {
  if (!rangeHeader) return null;
  if (ifRange !== undefined && ifRange.trim() !== etag) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}

/**
 * Answers a download: always as an attachment (RFC 6266, with the RFC 5987 `filename*` for
 * names beyond ASCII) of the stored type, never sniffed nor rendered by the browser, with the
 * sha256 as a strong ETag (`If-None-Match` answers 304) and single byte ranges (206, or 416).
 */
export async function sendStoredFile(req: Request, res: Response, storage: FileStorage, file: StoredFileMeta, cacheControl: string): Promise<void> {
  const etag = `"${file.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cacheControl);
  if (noneMatch(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  const range = requestedRange(req.get('range'), req.get('if-range'), etag, file.sizeBytes);
  if (range === 'unsatisfiable') {
    res.status(416).setHeader('Content-Range', `bytes */${file.sizeBytes}`);
    res.end();
    return;
  }
  // Opened before any header of the file is set: a missing file is answered as an error, not as a broken download.
  const body = req.method === 'HEAD' ? null : await storage.read(file.sha256, range ?? undefined);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', contentDisposition(file.fileName, { type: 'attachment' }));
  // Were it opened in a tab after all, it could run nothing.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.sizeBytes}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(file.sizeBytes));
  }
  if (!body) {
    res.end();
    return;
  }
  await pipeline(body, res);
}
