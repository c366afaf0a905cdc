import { constants, inflateSync } from 'node:zlib';

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Bounds of one PDF's reading: a hostile file costs at most this much. */
export interface PdfLimits {
  /** Bytes one stream may inflate to. */
  maxStreamBytes: number;
  /** Bytes all streams together may inflate to. */
  maxTotalBytes: number;
  maxStreams: number;
  maxChars: number;
  /** Date.now() after which reading stops with what it has. */
  deadline: number;
}

/** The bytes of each stream of the file, inflated when FlateDecode, skipping images and fonts' programs. */
function* streamsOf(pdf: Buffer, limits: PdfLimits): Generator<Buffer> {
  const text = pdf.toString('latin1');
  const keyword = /stream\r?\n/g;
  let total = 0;
  let count = 0;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    if (m.index > 0 && /[a-z]/i.test(text[m.index - 1])) continue; // "endstream"
    if (++count > limits.maxStreams || total > limits.maxTotalBytes || Date.now() > limits.deadline) return;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) return;
    keyword.lastIndex = end + 9;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', m.index)), m.index);
    if (/\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)|\/Length1|\/Length2/.test(dictionary)) continue;
    const filters = dictionary.match(/\/Filter\s*(\[[^\]]*\]|\/\w+)/)?.[1] ?? '';
    const raw = pdf.subarray(start, end);
    let data: Buffer;
    if (!filters) data = raw;
    else if (/^(\/FlateDecode|\[\s*\/FlateDecode\s*\])$/.test(filters.trim())) {
      try {
        // Z_SYNC_FLUSH: a stream cut short still gives what it holds.
        data = inflateSync(raw, { maxOutputLength: limits.maxStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
      } catch {
        continue;
      }
    } else continue;
    total += data.length;
    yield data;
  }
}

/** Reads a literal string `( … )` starting at `i` (after the parenthesis): its bytes and where it ends. */
function literal(s: string, i: number): [string, number] {
  let depth = 1;
  let out = '';
  while (i < s.length) {
    const c = s[i++];
    if (c === '\\') {
      const n = s[i++];
      if (n === 'n') out += '\n';
      else if (n === 'r') out += '\r';
      else if (n === 't') out += '\t';
      else if (n === 'b' || n === 'f') out += ' ';
      else if (n >= '0' && n <= '7') {
        let oct = n;
        while (oct.length < 3 && s[i] >= '0' && s[i] <= '7') oct += s[i++];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
      } else if (n === '\r' || n === '\n') {
        if (n === '\r' && s[i] === '\n') i++;
      } else out += n ?? '';
    } else if (c === '(') {
      depth++;
      out += c;
    } else if (c === ')') {
      if (--depth === 0) break;
      out += c;
    } else out += c;
  }
  return [out, i];
}

/** The ToUnicode maps (bfchar and bfrange) of the file's CMaps, merged: hex strings of subset fonts read through them. */
function toUnicodeMap(cmaps: string[]): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => {
    const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    return bytes.length % 2 === 0 ? bytes.swap16().toString('utf16le') : bytes.toString('latin1');
  };
  for (const cmap of cmaps) {
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), utf16(uni));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const from = parseInt(lo, 16);
        const to = Math.min(parseInt(hi, 16), from + 0xffff);
        const base = parseInt(uni, 16);
        for (let code = from; code <= to; code++) {
          map.set(code.toString(16).padStart(lo.length, '0'), String.fromCodePoint(Math.min(base + code - from, 0x10ffff)));
        }
      }
    }
  }
  return map;
}

/** A hex string's text: through the ToUnicode map (2- or 1-byte codes), else its bytes as Latin-1. */
function hexText(hex: string, map: Map<string, string>): string {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
  if (map.size) {
    for (const width of [4, 2]) {
      if (clean.length % width) continue;
      const codes = clean.match(new RegExp(`.{${width}}`, 'g')) ?? [];
      if (codes.every((c) => map.has(c))) return codes.map((c) => map.get(c)).join('');
    }
  }
  return Buffer.from(clean.length % 2 ? `${clean}0` : clean, 'hex').toString('latin1');
}

/** The text shown by the text operators (Tj, TJ, ', ") of one content stream. */
function contentText(s: string, map: Map<string, string>, limits: PdfLimits): string {
  let out = '';
  let pending = '';
  for (let i = 0; i < s.length; ) {
    if ((i & 0xfff) === 0 && Date.now() > limits.deadline) break;
    const c = s[i];
    if (c === '(') {
      const [str, next] = literal(s, i + 1);
      pending += WINDOWS_1252.decode(Buffer.from(str, 'latin1'));
      i = next;
    } else if (c === '<' && s[i + 1] !== '<') {
      const end = s.indexOf('>', i);
      if (end < 0) break;
      pending += hexText(s.slice(i + 1, end), map);
      i = end + 1;
    } else if (c === 'T' && (s[i + 1] === 'j' || s[i + 1] === 'J')) {
      out += pending;
      pending = '';
      i += 2;
    } else if (c === "'" || c === '"') {
      out += `\n${pending}`;
      pending = '';
      i++;
    } else if ((c === 'T' && (s[i + 1] === 'd' || s[i + 1] === 'D' || s[i + 1] === '*')) || (c === 'E' && s[i + 1] === 'T')) {
      out += out.endsWith(' ') || out.endsWith('\n') ? '' : ' ';
      i += 2;
    } else if (c === '%') {
      const eol = s.slice(i).search(/[\r\n]/);
      i = eol < 0 ? s.length : i + eol;
    } else {
      // A number inside TJ: a large negative kerning is a space between words.
      const num = /^-?\d+(\.\d+)?/.exec(s.slice(i, i + 12));
      if (num && pending && Number(num[0]) < -200) pending += ' ';
      i += num ? num[0].length : 1;
    }
    if (out.length > limits.maxChars) break;
  }
  return out;
}

/**
 * The text of a simple PDF: the strings shown by the text operators of its content streams
 * (literal strings as WinAnsi/Latin-1, hex strings through the file's ToUnicode CMaps), within
 * `limits`. PDFs whose text needs font programs or encodings beyond these give little or nothing.
 */
export function pdfText(pdf: Buffer, limits: PdfLimits): string {
  const contents: string[] = [];
  const cmaps: string[] = [];
  for (const data of streamsOf(pdf, limits)) {
    const s = data.toString('latin1');
    if (s.includes('begincmap')) cmaps.push(s);
    else if (/\bBT\b/.test(s)) contents.push(s);
  }
  const map = toUnicodeMap(cmaps);
  let text = '';
  for (const content of contents) {
    if (Date.now() > limits.deadline || text.length > limits.maxChars) break;
    text += `${contentText(content, map, limits)}\n`;
  }
  return text.slice(0, limits.maxChars);
}
