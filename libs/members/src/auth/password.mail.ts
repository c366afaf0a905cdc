import { type OutgoingEmail, paragraphsEmail } from '@app/mail';

/** The link of a password reset token. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reimposta-password?token=${encodeURIComponent(token)}`;
}

export function passwordResetEmail(publicUrl: string, to: string, token: string): OutgoingEmail {
  return paragraphsEmail(to, 'Reimpostazione della password', [
    'Buongiorno,',
    `abbiamo ricevuto una richiesta di reimpostare la password del suo account su Buone pratiche. Per scegliere una nuova password apra questo collegamento entro un'ora:\n${passwordResetLink(publicUrl, token)}`,
    'Il collegamento si può usare una sola volta. Se non ha chiesto lei di reimpostare la password può ignorare questo messaggio: la password attuale resta valida.',
  ]);
}

export function passwordChangedEmail(publicUrl: string, to: string): OutgoingEmail {
  return paragraphsEmail(to, 'La sua password è stata cambiata', [
    'Buongiorno,',
    'la password del suo account su Buone pratiche è stata appena cambiata e gli accessi aperti in precedenza sono stati chiusi.',
    `Se non è stato lei, chieda subito una nuova password da questa pagina e avvisi un amministratore:\n${publicUrl}/password-dimenticata`,
  ]);
}
