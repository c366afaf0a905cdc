import type { Readable } from 'node:stream';
import { pdfText } from './pdf-text.js';
import { readZipEntries } from './zip-entries.js';

/** How far text extraction goes with one file, so that a hostile file cannot stall the server. */
export const EXTRACTION_LIMITS = {
  /** Larger files are not read (MAX_UPLOAD_MB is 25 by default). */
  maxInputBytes: 32 * 2 ** 20,
  /** One inflated PDF stream or ZIP entry. */
  maxPartBytes: 8 * 2 ** 20,
  /** Every inflated part of one file together. */
  maxTotalBytes: 64 * 2 ** 20,
  maxPdfStreams: 5000,
  /** Characters of text kept (search indexes these). */
  maxChars: 200_000,
  timeoutMs: 5000,
};

const ODF = /^application\/vnd\.oasis\.opendocument\./;
const OOXML = /^application\/vnd\.openxmlformats-officedocument\.(wordprocessingml|spreadsheetml|presentationml)\./;

/** The XML parts that hold the text of OpenDocument and Office Open XML files. */
function isTextPart(name: string): boolean {
  return (
    name === 'content.xml' ||
    /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name) ||
    name === 'xl/sharedStrings.xml' ||
    /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ||
    /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(name)
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character data of an XML document: paragraphs, cells and tabs as white space, entities decoded. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<(text:tab|text:s|w:tab|w:br|text:line-break)\b[^>]*\/?>/g, ' ')
    .replace(/<\/(text:p|text:h|w:p|a:p|table:table-cell|c|si|row)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Math.min(parseInt(name.slice(2), 16), 0x10ffff));
      if (name.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(name.slice(1), 10), 0x10ffff));
      return ENTITIES[name] ?? whole;
    });
}

/** Collapses white space runs and cuts to the character limit. */
function tidy(text: string, maxChars: number): string {
  return text
    .replace(/\u0000/g, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, maxChars);
}

/** Reads a stream into memory, giving up (null) past `maxBytes`. */
async function readAtMost(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Whether a stored content type is one text can be extracted from. */
export function hasExtractableText(contentType: string): boolean {
  return contentType.startsWith('text/') || contentType === 'application/pdf' || ODF.test(contentType) || OOXML.test(contentType);
}

/**
 * The text of a stored file of `contentType`, for search: plain text and CSV as they are (in
 * their charset), the XML of OpenDocument and Office Open XML files, the text operators of
 * simple PDFs. Bounded by EXTRACTION_LIMITS (size, inflated size, streams, characters, time);
 * null for types without text and for files past the limits. Never throws on a damaged file.
 */
export async function extractText(open: () => Promise<Readable>, contentType: string, sizeBytes: number, limits = EXTRACTION_LIMITS): Promise<string | null> {
  if (!hasExtractableText(contentType) || sizeBytes > limits.maxInputBytes) return null;
  const data = await readAtMost(await open(), limits.maxInputBytes);
  if (!data) return null;
  const deadline = Date.now() + limits.timeoutMs;
  try {
    if (contentType.startsWith('text/')) {
      const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
      return tidy(new TextDecoder(charset).decode(data.subarray(0, limits.maxChars * 4)), limits.maxChars);
    }
    if (contentType === 'application/pdf') {
      const text = pdfText(data, {
        maxStreamBytes: limits.maxPartBytes,
        maxTotalBytes: limits.maxTotalBytes,
        maxStreams: limits.maxPdfStreams,
        maxChars: limits.maxChars,
        deadline,
      });
      return tidy(text, limits.maxChars);
    }
    let text = '';
    let inflated = 0;
    for (const part of readZipEntries(data, isTextPart, limits.maxPartBytes)) {
      inflated += part.data.length;
      if (inflated > limits.maxTotalBytes || Date.now() > deadline || text.length > limits.maxChars) break;
      text += `${xmlText(part.data.toString('utf8'))}\n`;
    }
    return tidy(text, limits.maxChars);
  } catch {
    return null;
  }
}
