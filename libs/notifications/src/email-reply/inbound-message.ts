import { createHash } from 'node:crypto';
import type { ParsedMail } from 'mailparser';

/** `Precedence` values of mail no person wrote (lists, bulk, vacation answers). */
const AUTOMATIC_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);

function header(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  const text = typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String(value.value) : '';
  return text.trim().toLowerCase();
}

/**
 * Whether a message was sent by a program (RFC 3834 `Auto-Submitted`, the older `X-Autoreply`,
 * `X-Autorespond` and `Precedence`): an out-of-office answer to a notification must neither become
 * a post nor be answered, or two robots would write to each other.
 */
export function isAutomatic(mail: ParsedMail): boolean {
  const autoSubmitted = header(mail, 'auto-submitted');
  return (
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
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
