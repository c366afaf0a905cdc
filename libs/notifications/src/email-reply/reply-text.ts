import EmailReplyParser from 'email-reply-parser';

/**
 * Quote headers that email-reply-parser does not know, seen in Italian mail clients: the text from
 * such a line on is the quoted message. (It already knows Gmail's and Apple Mail's
 * "Il giorno … ha scritto:", Thunderbird's "Il …, … ha scritto:" and Outlook's "Da: … <…>".)
 */
export const ITALIAN_QUOTE_HEADERS: readonly RegExp[] = [
  /^[ \t]*-{2,}[ \t]*Messaggio originale[ \t]*-{2,}[ \t]*$/im, // Outlook, Android: -----Messaggio originale-----
  /^[ \t]*-{2,}[ \t]*Messaggio inoltrato[ \t]*-{2,}[ \t]*$/im, // ---------- Messaggio inoltrato ---------
  /^[ \t]*Da:[ \t]*\S.*\n[ \t]*(Inviato|Data):[ \t]*\S.*$/im, // Outlook without the sender's address: "Da: Buone pratiche" then "Inviato: …"
];

/** Closing lines of mobile clients in Italian that it does not know; dropped at the end of a reply. */
export const ITALIAN_SIGNATURES: readonly RegExp[] = [
  /^Inviato da(l mio)? \S.*$/i, // Inviato da iPhone, Inviato dal mio smartphone Samsung Galaxy
  /^(Ottieni|Scarica) Outlook per \S.*$/i, // Ottieni Outlook per Android
];

/**
 * What the member wrote in a reply by e-mail: quoted text and signatures removed
 * (email-reply-parser, plus the Italian headers and closings above), trimmed. Empty when nothing
 * of their own is left.
 */
export function replyText(text: string): string {
  let own = text.replace(/\r\n?/g, '\n');
  for (const header of ITALIAN_QUOTE_HEADERS) {
    const match = header.exec(own);
    if (match) own = own.slice(0, match.index);
  }
  const lines = new EmailReplyParser().parseReply(own).replace(/\s+$/, '').split('\n');
  while (lines.length && (lines.at(-1)!.trim() === '' || ITALIAN_SIGNATURES.some((s) => s.test(lines.at(-1)!.trim())))) lines.pop();
  return lines.join('\n').trim();
}
