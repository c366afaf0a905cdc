import { useEffect, useState } from 'react';

/** The Italian message of each `#errore=<code>` the sign-in with SPID/CIE ends on (runtime.md). */
export const OIDC_ERRORS: Record<string, string> = {
  non_configurato: 'L’accesso con SPID / CIE non è attivo su questo sito.',
  provider_non_disponibile: 'Il servizio di accesso SPID / CIE non risponde: riprova tra qualche minuto.',
  stato_non_valido: 'La richiesta di accesso non è valida o è scaduta: riparti da “Entra con SPID / CIE”.',
  accesso_annullato: 'L’accesso è stato annullato presso il gestore dell’identità.',
  verifica_fallita: 'Non è stato possibile verificare l’identità restituita dal gestore: riparti da “Entra con SPID / CIE”.',
  identita_sconosciuta:
    'Nessun membro della comunità corrisponde a questa identità SPID / CIE. Per entrare serve un invito di un amministratore; se sei già membro, accedi con e-mail e password.',
  invito_non_valido: 'Il codice di invito non è valido, è scaduto, revocato o già utilizzato: chiedine uno nuovo a un amministratore.',
  invito_non_corrispondente: 'L’identità SPID / CIE non corrisponde all’invito (codice fiscale o e-mail diversi).',
  account_sospeso: 'Il tuo account è sospeso: rivolgiti a un amministratore.',
};

/** `#token=…` or `#errore=…` of the page the sign-in ended on. */
export function signInFragment(hash: string): { token: string | null; error: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const error = params.get('errore');
  return { token: params.get('token'), error: error ? (OIDC_ERRORS[error] ?? 'Accesso con SPID / CIE non riuscito.') : null };
}

/** Whether the server offers sign-in with SPID/CIE (`GET /auth/oidc`), asked once per page load. */
let enabled: Promise<boolean> | null = null;
export function useOidcEnabled(): boolean {
  const [value, setValue] = useState(false);
  useEffect(() => {
    enabled ??= fetch('/auth/oidc')
      .then((res) => (res.ok ? (res.json() as Promise<{ enabled: boolean }>) : { enabled: false }))
      .then((body) => body.enabled === true)
      .catch(() => false);
    let live = true;
    void enabled.then((v) => live && setValue(v));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
