import { createHash } from 'node:crypto';
import { type ParsedMail, simpleParser } from 'mailparser';

/** `Precedence` values of mail no person wrote (lists, bulk, vacation answers). */
const AUTOMATIC_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);

function header(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  const text = typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String(value.value) : '';
  return text.trim().toLowerCase();
}

/**
 * Whether a message was sent by a program (RFC 3834 `Auto-Submitted`, the older `X-Autoreply`,
 * `X-Autorespond` and `Precedence`, or a delivery report): an out-of-office answer to a
 * notification must neither become a post nor be answered, or two robots would write to each other.
 */
export function isAutomatic(mail: ParsedMail): boolean {
  const autoSubmitted = header(mail, 'auto-submitted');
  return (
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
    header(mail, 'content-type') === 'multipart/report' ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond') ||
    AUTOMATIC_PRECEDENCE.has(header(mail, 'precedence'))
  );
}

/** What identifies a message across deliveries: the SHA-256 of its Message-ID, or of the whole message without one. */
export function messageKey(mail: ParsedMail, raw: Buffer): string {
  const id = mail.messageId?.trim();
  return createHash('sha256')
    .update(id ? `id:${id}` : raw)
    .digest('hex');
}

/**
 * The files of a message that a reply cannot carry yet. Images embedded in the HTML part
 * (`multipart/related`, such as the logo of a signature) are not counted: they go with the
 * HTML, which is not posted.
 */
export function attachmentsOf(mail: ParsedMail): ParsedMail['attachments'] {
  return mail.attachments.filter((a) => !a.related);
}

/**
 * The text of a message: its text part, else its HTML part as text, without images (a
 * signature's logo would come out as its address). mailparser converts the HTML only when it is
 * the whole message; here every HTML-only message goes through the same converter and limits of
 * mailparser, given the HTML part as a message of its own.
 */
export async function textOf(mail: ParsedMail): Promise<string> {
  const htmlOnly = header(mail, 'content-type') === 'text/html' || !mail.text?.trim();
  if (!htmlOnly || typeof mail.html !== 'string' || !mail.html) return mail.text ?? '';
  const html = mail.html.replace(/<img\b[^>]*>/gi, '');
  const alone = await simpleParser(Buffer.from(`Content-Type: text/html; charset=utf-8\r\n\r\n${html}`, 'utf8'));
  return alone.text ?? '';
}
