import { fileTypeFromFile } from 'file-type';

const ODF = 'application/vnd.oasis.opendocument';
const OOXML = 'application/vnd.openxmlformats-officedocument';

/**
 * The allow-list: each accepted content type with the extensions a file of that type may carry
 * (the first is added to a name that has none of them). Anything else is refused (415): SVG,
 * HTML and other markup, executables and scripts, archives other than ZIP, media.
 */
export const ALLOWED_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'application/zip': ['zip'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  [`${ODF}.text`]: ['odt'],
  [`${ODF}.spreadsheet`]: ['ods'],
  [`${ODF}.presentation`]: ['odp'],
  [`${ODF}.graphics`]: ['odg'],
  [`${ODF}.text-template`]: ['ott'],
  [`${ODF}.spreadsheet-template`]: ['ots'],
  [`${ODF}.presentation-template`]: ['otp'],
  [`${ODF}.graphics-template`]: ['otg'],
  [`${OOXML}.wordprocessingml.document`]: ['docx'],
  [`${OOXML}.wordprocessingml.template`]: ['dotx'],
  [`${OOXML}.spreadsheetml.sheet`]: ['xlsx'],
  [`${OOXML}.spreadsheetml.template`]: ['xltx'],
  [`${OOXML}.presentationml.presentation`]: ['pptx'],
  [`${OOXML}.presentationml.slideshow`]: ['ppsx'],
  [`${OOXML}.presentationml.template`]: ['potx'],
  'text/csv': ['csv', 'tsv', 'txt'],
  'text/plain': ['txt', 'text', 'md', 'log'],
};

/** The allowed types people read, for the 415 message. */
export const ALLOWED_TYPES_TEXT = 'PDF, OpenDocument (odt, ods, odp), Office (docx, xlsx, pptx), CSV, testo semplice, PNG, JPEG e ZIP';

/** How many leading bytes the text checks read (kept while the upload streams). */
export const TEXT_SAMPLE_BYTES = 64 * 1024;

/** What the upload saw while streaming, besides the staged file itself. */
export interface StreamFacts {
  sizeBytes: number;
  /** The first TEXT_SAMPLE_BYTES bytes. */
  sample: Buffer;
  /** Whether any byte of the whole file was 0 (never in text). */
  sawNul: boolean;
}

/** The content type of an allowed file, with its extensions; null: refused. */
export interface JudgedType {
  contentType: string;
  extensions: readonly string[];
}

function allowed(contentType: string, mime = contentType): JudgedType | null {
  const extensions = ALLOWED_TYPES[mime];
  return extensions ? { contentType, extensions } : null;
}

/**
 * The type of the staged file at `path`, judged by its content alone: the binary formats by
 * their signatures (`file-type`, which looks inside ZIP containers for OpenDocument and Office
 * Open XML), the rest as text when it is text. Null when it is not on the allow-list.
 */
export async function judgeContentType(path: string, facts: StreamFacts): Promise<JudgedType | null> {
  let detected: Awaited<ReturnType<typeof fileTypeFromFile>>;
  try {
    detected = await fileTypeFromFile(path);
  } catch (err) {
    // A container whose structure is damaged (a ZIP with impossible sizes, say) makes the
    // detector throw: such a file is no allowed type. Errors of the file system are real faults.
    if ((err as NodeJS.ErrnoException).code) throw err;
    return null;
  }
  if (detected) return allowed(detected.mime);
  return judgeText(facts);
}

/** Bytes that never occur in text: C0 controls but tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark. */
function hasControlBytes(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) return true;
    if (b === 0x7f) return true;
  }
  return false;
}

/** The sample as UTF-8, or null when it is not (a multi-byte character cut by the sample's end is fine). */
function decodeUtf8(sample: Buffer, whole: boolean): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= (whole ? 0 : 3); cut++) {
    try {
      return decoder.decode(sample.subarray(0, sample.length - cut));
    } catch {
      // try without a partial last character
    }
  }
  return null;
}

/** Lines whose count of one separator is the same (at least one) on every line: a table. */
function looksLikeCsv(text: string, whole: boolean): boolean {
  const lines = text.split(/\r\n|\n|\r/);
  if (!whole) lines.pop();
  const rows = lines.filter((l) => l.trim() !== '').slice(0, 50);
  if (rows.length < 2) return false;
  return [';', ',', '\t'].some((separator) => {
    const counts = rows.map((row) => row.replace(/"[^"]*"/g, '').split(separator).length - 1);
    return counts[0] > 0 && counts.every((c) => c === counts[0]);
  });
}

/**
 * Plain text or CSV (UTF-8, or a legacy 8-bit encoding as old spreadsheets export it) when the
 * file holds no NUL nor control bytes and does not start like markup (HTML, SVG, XML: a browser
 * might render it) or like a script (`#!`).
 */
export function judgeText(facts: StreamFacts): JudgedType | null {
  if (facts.sizeBytes === 0 || facts.sawNul || hasControlBytes(facts.sample)) return null;
  const whole = facts.sample.length === facts.sizeBytes;
  const utf8 = decodeUtf8(facts.sample, whole);
  const text = (utf8 ?? facts.sample.toString('latin1')).replace(/^\ufeff/, '');
  const start = text.trimStart();
  if (/^<[!?a-z]/i.test(start) || start.startsWith('#!')) return null;
  const charset = utf8 !== null ? 'utf-8' : 'windows-1252';
  const mime = looksLikeCsv(text, whole) ? 'text/csv' : 'text/plain';
  return allowed(`${mime}; charset=${charset}`, mime);
}
