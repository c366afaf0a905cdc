import { type OutgoingEmail, paragraphsEmail } from '@app/mail';
import type { InvitationEntity } from './invitation.entity.js';

const DATE = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' });

/** The registration link of an invitation. */
export function invitationLink(publicUrl: string, code: string): string {
  return `${publicUrl}/registrazione?codice=${encodeURIComponent(code)}`;
}

/** The invitation e-mail (Italian), with the link that opens the registration form. */
export function invitationEmail(publicUrl: string, invitation: InvitationEntity): OutgoingEmail {
  const paragraphs = [
    'Buongiorno,',
    'è stato invitato a far parte di Buone pratiche, la comunità in cui le pubbliche amministrazioni condividono e riusano le loro esperienze.',
    `Per registrarsi apra questo collegamento entro il ${DATE.format(invitation.expiresAt)}:\n${invitationLink(publicUrl, invitation.code)}`,
    'Se non si aspettava questo invito può ignorare il messaggio.',
  ];
  return paragraphsEmail(invitation.email, 'Invito a Buone pratiche', paragraphs);
}
