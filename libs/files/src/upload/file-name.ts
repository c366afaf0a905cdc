import { extname } from 'node:path';

/** Longest file name kept, in characters (a file system allows 255 bytes; the extension may grow it). */
const MAX_NAME_CHARS = 180;

/**
 * Control characters (C0, DEL, C1) and the invisible format characters that can disguise a name
 * (zero-width, bidirectional overrides such as U+202E, which turns `fdp.exe` into `exe.pdf` on screen).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** Characters Windows refuses in a name. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The name an upload is kept and downloaded under: the last segment of whatever path the
 * client sent, without control or invisible characters and without the characters Windows
 * refuses, trimmed of leading dots and spaces; Unicode is kept (NFC), accents and all.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ');
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    const ext = extname(name);
    const keep = ext.length > 0 && ext.length <= 10 ? ext : '';
    name = chars.slice(0, MAX_NAME_CHARS - [...keep].length).join('').trimEnd() + keep;
  }
  return name || 'documento';
}

/**
 * `name` with an extension of its type: the name's own when it is one of `extensions`, else the
 * first of them appended (`istruzioni.bat` kept as text becomes `istruzioni.bat.txt`), so what
 * a browser saves never opens as something else than what it is.
 */
export function withExtension(name: string, extensions: readonly string[]): string {
  const ext = extname(name).slice(1).toLowerCase();
  return extensions.includes(ext) ? name : `${name}.${extensions[0]}`;
}
