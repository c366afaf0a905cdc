import { type OutgoingEmail, paragraphsEmail } from '@app/mail';

/** How much of a refused reply's text the refusal gives back to its author. */
const RETURNED_TEXT_MAX = 10_000;

/** Why a reply by e-mail was not posted, as the refusal e-mail says it (after "non è stata pubblicata: "). */
export const REFUSALS = {
  attachments: 'il messaggio conteneva allegati, che le risposte per e-mail non accettano ancora. La invii di nuovo senza allegati, oppure risponda dal sito',
  empty: 'non abbiamo trovato testo scritto da lei, solo il messaggio citato o la firma',
  locked: 'la discussione è chiusa e non accetta nuove risposte',
  unavailable: 'la discussione non è più disponibile',
  hiddenPost: 'il messaggio a cui risponde è stato nascosto dai moderatori. Può rispondere alla discussione dal sito',
  suspended: 'il suo account è sospeso, quindi non può pubblicare messaggi',
  otherSender:
    'è arrivata da un indirizzo diverso da quello del suo account. Per sicurezza pubblichiamo solo le risposte inviate dal suo indirizzo: se ha inoltrato la notifica a qualcuno, può rispondere dal sito',
  rateLimited: (seconds: number) =>
    `ha inviato troppi messaggi in poco tempo. Potrà rispondere di nuovo tra ${seconds < 120 ? `${seconds} secondi` : `${Math.ceil(seconds / 60)} minuti`}`,
  invalid: (problems: string[]) => `il testo non è valido (${problems.join('; ')})`,
} as const;

/** The address of a thread's page. */
export function threadLink(publicUrl: string, threadId: string): string {
  return `${publicUrl}/discussioni/${threadId}`;
}

export interface RefusedReply {
  /** The member's own address (never the envelope sender: that may be forged). */
  to: string;
  reason: string;
  threadUrl: string;
  /** The subject and Message-ID of the member's e-mail, to recognise it and thread the answer under it. */
  subject: string | undefined;
  messageId: string | undefined;
  /** What they wrote, quotes removed, given back so it is not lost. */
  text: string;
}

/** The Italian e-mail that tells a member why their reply by e-mail was not posted. */
export function refusedReplyEmail(refused: RefusedReply): OutgoingEmail {
  const subject = refused.subject?.trim();
  const paragraphs = [
    'Buongiorno,',
    `la risposta che ha inviato per e-mail${subject ? ` («${subject}»)` : ''} non è stata pubblicata: ${refused.reason}.`,
    `La discussione:\n${refused.threadUrl}`,
    ...(refused.text ? ['Il testo che aveva scritto, perché non vada perso:', refused.text.slice(0, RETURNED_TEXT_MAX)] : []),
    'Questo messaggio è stato inviato automaticamente.',
  ];
  // RFC 3834: an automatic answer, so that no auto-responder answers it in turn.
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-replied' };
  if (refused.messageId) Object.assign(headers, { 'In-Reply-To': refused.messageId, References: refused.messageId });
  return paragraphsEmail(refused.to, 'Risposta non pubblicata', paragraphs, headers);
}
