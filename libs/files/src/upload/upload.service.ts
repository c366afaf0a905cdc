import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import { AppConfig, lockKey, Queryable, TransactionRunner } from '@app/core';
import { FileTooLargeError, MissingFileError, UnsupportedFileTypeError } from '../files.errors.js';
import { FileStorage } from '../storage/file-storage.js';
import { judgeContentType, StreamFacts, TEXT_SAMPLE_BYTES } from './file-kinds.js';
import { sanitizeFileName, withExtension } from './file-name.js';
import { releasingFs } from './releasing-fs.js';
import { UploadedFileEntity } from './uploaded-file.entity.js';

/** The buffers of the upload's streams (parser, file part, staged file). */
const STREAM_BUFFER_BYTES = 1024 * 1024;

/** Room for the multipart boundaries and part headers around a file of the largest size. */
const MULTIPART_SLACK_BYTES = 64 * 1024;

/** A file written whole under its temporary name, with what was learnt while it streamed. */
interface StagedFile {
  path: string;
  sha256: string;
  clientName: string;
  facts: StreamFacts;
}

/** The advisory lock that serialises storing and deleting the bytes of one content. */
export function contentLockKey(sha256: string): string {
  return `file-content:${sha256}`;
}

/** Takes the content's lock for the rest of the transaction of `em`. */
export function lockContent(em: Queryable, sha256: string): Promise<void> {
  return lockKey(em, contentLockKey(sha256));
}

/**
 * Receives uploads: the multipart body is streamed (@fastify/busboy, whose boundary search is
 * native), never held in memory, into a
 * temporary file under `FILES_DIR/.staging`, hashing (sha256) and sampling it on the way;
 * then its type is judged by its content, and it is stored under its sha256 with its metadata row.
 */
@Injectable()
export class UploadService {
  constructor(
    private readonly config: AppConfig,
    private readonly storage: FileStorage,
    private readonly tx: TransactionRunner,
  ) {}

  /** Where uploads are written while they stream (on the same file system as the stored files, for the file-system driver). */
  get stagingDir(): string {
    return join(this.config.filesDir, '.staging');
  }

  /**
   * The `file` part of the request, stored: 413 as soon as it passes MAX_UPLOAD_MB (the rest is
   * not read), 415 when its content is not of an allowed type, 400 without a file.
   */
  async receive(req: IncomingMessage, uploaderId: string): Promise<UploadedFileEntity> {
    const staged = await this.stream(req);
    try {
      if (staged.facts.sizeBytes === 0) throw new MissingFileError('il file è vuoto');
      const type = await judgeContentType(staged.path, staged.facts);
      if (!type) throw new UnsupportedFileTypeError();
      return await this.tx.run(async ({ em }) => {
        await lockContent(em, staged.sha256);
        await this.storage.put(staged.sha256, staged.path, staged.facts.sizeBytes);
        const repo = em.getRepository(UploadedFileEntity);
        return repo.save(
          repo.create({
            sha256: staged.sha256,
            sizeBytes: staged.facts.sizeBytes,
            contentType: type.contentType,
            fileName: withExtension(sanitizeFileName(staged.clientName), type.extensions),
            uploadedById: uploaderId,
          }),
        );
      });
    } finally {
      await rm(staged.path, { force: true });
    }
  }

  /**
   * Stores bytes the server itself produced (the demo community's documents) as an upload would:
   * staged, synced, then stored under their sha256 under the content's lock. Their sha256.
   */
  async storeBytes(data: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    await mkdir(this.stagingDir, { recursive: true });
    const path = join(this.stagingDir, `${randomUUID()}.part`);
    try {
      await writeFile(path, data, { flag: 'wx', mode: 0o600, flush: true });
      await this.tx.run(async ({ em }) => {
        await lockContent(em, sha256);
        await this.storage.put(sha256, path, data.length);
      });
    } finally {
      await rm(path, { force: true });
    }
    return sha256;
  }

  /** Parses the body and stages its `file` part; rejects as soon as the answer is known. */
  private async stream(req: IncomingMessage): Promise<StagedFile> {
    const max = this.config.maxUploadBytes;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max + MULTIPART_SLACK_BYTES) throw new FileTooLargeError(max);
    let parser: BusboyInstance;
    try {
      parser = new Busboy({
        headers: req.headers as BusboyHeaders,
        // Larger buffers than the 16 KiB defaults: fewer, larger writes to the staged file.
        highWaterMark: STREAM_BUFFER_BYTES,
        fileHwm: STREAM_BUFFER_BYTES,
        // `limit` on reaching fileSize: one byte more than allowed.
        limits: { files: 1, fileSize: max + 1, fields: 10, fieldSize: 8 * 1024, parts: 20, headerPairs: 50 },
      });
    } catch {
      throw new MissingFileError();
    }
    await mkdir(this.stagingDir, { recursive: true });

    // The body's own chunks (not views into a buffer shared with anything else), which the staged file frees once written.
    const bodyBuffers = new WeakSet<ArrayBufferLike>();

    return new Promise<StagedFile>((resolve, reject) => {
      let staging: Promise<StagedFile> | null = null;
      let file: Readable | null = null;
      let settled = false;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        // Nothing more is read: the answer goes out and the connection closes.
        req.unpipe(parser);
        file?.destroy(err instanceof Error ? err : new Error(String(err)));
        reject(err);
      };
      parser.on('file', (name, stream, fileName) => {
        if (name !== 'file' || staging) {
          stream.resume();
          return;
        }
        file = stream;
        stream.once('limit', () => fail(new FileTooLargeError(max)));
        staging = this.stage(stream, fileName ?? '', bodyBuffers);
        staging.catch(fail);
      });
      parser.on('error', () => fail(new MissingFileError('il corpo della richiesta non è un multipart/form-data valido')));
      parser.on('finish', () => {
        if (!staging) fail(new MissingFileError());
        else staging.then((staged) => (settled ? rm(staged.path, { force: true }) : ((settled = true), resolve(staged))), fail);
      });
      // A client gone halfway: the partial file is removed, never stored.
      req.on('close', () => {
        if (!req.complete) fail(new MissingFileError('caricamento interrotto'));
      });
      req.on('data', (chunk: Buffer) => {
        if (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength) bodyBuffers.add(chunk.buffer);
      });
      req.pipe(parser);
    });
  }

  /** Writes the stream to a new temporary file, flushed to disk, hashing and sampling it; frees `bodyBuffers` once written. */
  private async stage(source: Readable, clientName: string, bodyBuffers: WeakSet<ArrayBufferLike>): Promise<StagedFile> {
    const path = join(this.stagingDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const sample: Buffer[] = [];
    const facts: StreamFacts = { sizeBytes: 0, sample: Buffer.alloc(0), sawNul: false };
    let sampled = 0;
    const meter = new Transform({
      highWaterMark: STREAM_BUFFER_BYTES,
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        facts.sizeBytes += chunk.length;
        if (sampled < TEXT_SAMPLE_BYTES) {
          // A copy: the chunk itself is freed once written.
          const part = Buffer.from(chunk.subarray(0, TEXT_SAMPLE_BYTES - sampled));
          sample.push(part);
          sampled += part.length;
        }
        if (!facts.sawNul && chunk.includes(0)) facts.sawNul = true;
        done(null, chunk);
      },
    });
    try {
      const file = createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: STREAM_BUFFER_BYTES, fs: releasingFs(bodyBuffers) });
      await pipeline(source, meter, file);
    } catch (err) {
      await rm(path, { force: true });
      throw err;
    }
    facts.sample = Buffer.concat(sample);
    return { path, sha256: hash.digest('hex'), clientName, facts };
  }
}
