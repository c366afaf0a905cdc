/**
 * Why a sign-in with SPID/CIE ended without a session: the code the client reads from
 * `/accesso#errore=<code>` and shows as the Italian message beside it.
 */
export const OIDC_FAILURES = {
  non_configurato: "L'accesso con SPID / CIE non è attivo su questo sito",
  provider_non_disponibile: 'Il servizio di accesso SPID / CIE non risponde: riprova tra qualche minuto',
  stato_non_valido: "La richiesta di accesso non è valida o è scaduta: riparti da \"Entra con SPID / CIE\"",
  accesso_annullato: "L'accesso è stato annullato presso il gestore dell'identità",
  verifica_fallita: "Non è stato possibile verificare l'identità restituita dal gestore: riparti da \"Entra con SPID / CIE\"",
  identita_sconosciuta:
    'Nessun membro della comunità corrisponde a questa identità SPID / CIE: serve un invito di un amministratore (o accedi con e-mail e password)',
  invito_non_valido: "Il codice di invito non è valido, è scaduto, revocato o già utilizzato: chiedine uno nuovo a un amministratore",
  invito_non_corrispondente: "L'identità SPID / CIE non corrisponde all'invito (codice fiscale o e-mail diversi)",
  account_sospeso: 'Il tuo account è sospeso: rivolgiti a un amministratore',
} as const;

export type OidcFailure = keyof typeof OIDC_FAILURES;

export class OidcSignInError extends Error {
  constructor(readonly failure: OidcFailure, readonly detail?: unknown) {
    super(OIDC_FAILURES[failure]);
  }
}
