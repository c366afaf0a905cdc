/**
 * Synonyms and acronyms of the Italian public administration, as the search understands them.
 * Written for this project. Each line is a group: a query holding any term of a group also
 * finds every other term of it (an acronym and its expansion, two names of one thing). A term
 * of several words matches documents that hold all its words, in any order.
 *
 * The list reaches the database through a migration (table search_synonym, read by the query
 * builder); to change it, edit this file and add a migration that calls `replaceSynonyms`.
 * Pure data: no imports, so migrations can load it.
 */
export const PA_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Sportelli e procedimenti
  ['SUAP', 'sportello unico attività produttive', 'sportello unico per le attività produttive', 'sportello unico imprese'],
  ['SUE', 'sportello unico edilizia', "sportello unico per l'edilizia", 'edilizia online'],
  ['SCIA', 'segnalazione certificata di inizio attività'],
  ['DIA', 'denuncia di inizio attività'],
  ['CILA', 'comunicazione di inizio lavori asseverata'],
  ['URP', 'ufficio relazioni con il pubblico'],
  ['PUA', 'punto unico di accesso'],
  ['CUP', 'centro unico di prenotazione', 'prenotazioni sanitarie'],
  ['albo pretorio', 'albo online', 'albo on line'],
  ['anagrafe', 'servizi demografici'],

  // Identità, firma, posta, pagamenti
  ['PEC', 'posta elettronica certificata'],
  ['SPID', 'sistema pubblico di identità digitale', 'identità digitale'],
  ['CIE', "carta d'identità elettronica", 'carta di identità elettronica'],
  ['CNS', 'carta nazionale dei servizi'],
  ['firma digitale', 'firma elettronica qualificata', 'firma elettronica'],
  ['pagoPA', 'pagamenti', 'pagamenti elettronici', 'nodo dei pagamenti'],
  ['fatturazione elettronica', 'fattura elettronica', 'FatturaPA', 'SdI', 'sistema di interscambio'],
  ['OPI', 'ordinativo informatico', 'mandato informatico', 'ordinativo di pagamento e incasso'],
  ['SIOPE', 'sistema informativo sulle operazioni degli enti pubblici'],

  // Norme, piani, agenzie
  ['CAD', "codice dell'amministrazione digitale"],
  ['PA', 'pubblica amministrazione', 'pubbliche amministrazioni'],
  ['AgID', "agenzia per l'italia digitale"],
  ['RTD', 'responsabile per la transizione al digitale', 'responsabile della transizione al digitale'],
  ['PNRR', 'piano nazionale di ripresa e resilienza'],
  ['PIAO', 'piano integrato di attività e organizzazione'],
  ['DUP', 'documento unico di programmazione'],
  ['PEG', 'piano esecutivo di gestione'],
  ['PTPCT', 'piano triennale per la prevenzione della corruzione', 'anticorruzione'],
  ['ANAC', 'autorità nazionale anticorruzione'],
  ['FOIA', 'accesso civico generalizzato', 'accesso civico'],
  ['amministrazione trasparente', 'trasparenza amministrativa'],
  ['GDPR', 'regolamento generale sulla protezione dei dati', 'protezione dei dati personali', 'privacy'],
  ['DPO', 'RPD', 'responsabile della protezione dei dati'],
  ['IPA', 'indice delle pubbliche amministrazioni', 'indice PA'],
  ['ISTAT', 'istituto nazionale di statistica'],

  // Registri e dati
  ['ANPR', 'anagrafe nazionale della popolazione residente', 'anagrafe nazionale'],
  ['open data', 'dati aperti', 'opendata'],
  ['PDND', 'piattaforma digitale nazionale dati'],
  ['SIT', 'sistema informativo territoriale', 'GIS'],
  ['ISEE', 'indicatore della situazione economica equivalente'],

  // Documenti
  ['protocollo informatico', 'gestione documentale', 'protocollo elettronico'],
  ['conservazione sostitutiva', 'conservazione digitale', 'conservazione a norma'],
  ['dematerializzazione', 'digitalizzazione dei documenti', 'archivio digitale'],

  // Connettività e infrastrutture
  ['SPC', 'sistema pubblico di connettività'],
  ['SPCoop', 'sistema pubblico di cooperazione', 'cooperazione applicativa', 'porta di dominio'],
  ['banda larga', 'banda ultra larga', 'BUL', 'fibra ottica'],
  ['VoIP', 'telefonia IP', 'voce su IP'],
  ['wifi', 'wi fi', 'rete senza fili', 'hotspot'],
  ['PSN', 'polo strategico nazionale'],
  ['ICT', "tecnologie dell'informazione e della comunicazione"],

  // Sanità, tributi, territorio
  ['FSE', 'fascicolo sanitario elettronico'],
  ['ASL', 'azienda sanitaria locale', 'ASP', 'azienda sanitaria provinciale', 'azienda sanitaria'],
  ['TARI', 'tassa sui rifiuti', 'tassa rifiuti', 'TARSU'],
  ['IMU', 'imposta municipale propria', 'ICI', 'imposta comunale sugli immobili'],
  ['tributi locali', 'fiscalità locale', 'entrate tributarie'],
  ['TPL', 'trasporto pubblico locale'],
  ['ZTL', 'zona a traffico limitato'],
  ['PUMS', 'piano urbano della mobilità sostenibile'],
  ['PRG', 'piano regolatore generale', 'piano regolatore'],

  // Acquisti e fondi
  ['MePA', 'mercato elettronico della pubblica amministrazione', 'mercato elettronico'],
  ['e-procurement', 'acquisti telematici', 'gare telematiche'],
  ['SUA', 'stazione unica appaltante', 'CUC', 'centrale unica di committenza'],
  ['DURC', 'documento unico di regolarità contributiva'],
  ['CIG', 'codice identificativo gara'],
  ['FESR', 'fondo europeo di sviluppo regionale'],
  ['FSE', 'fondo sociale europeo'],
  ['POR', 'programma operativo regionale'],
  ['PON', 'programma operativo nazionale'],

  // Organizzazione e comunità
  ['lavoro agile', 'smart working', 'telelavoro'],
  ['e-learning', 'formazione a distanza', 'FAD'],
  ['riuso', 'riutilizzo', 'software a riuso'],
  ['buone pratiche', 'buona pratica', 'best practice'],
  ['gemellaggio', 'gemellaggi', 'twinning'],
];

/**
 * Broader terms: a query with the term on the left also finds the terms on the right, which are
 * kinds of it; a query with one of those does not find every document of the broader term.
 */
export const PA_BROADER_TERMS: readonly (readonly [string, readonly string[]])[] = [
  ['sportello unico', ['SUAP', 'SUE']],
  ['identità digitale', ['SPID', 'CIE', 'CNS']],
  ['piattaforme abilitanti', ['SPID', 'CIE', 'pagoPA', 'ANPR']],
];

/** A term as the search compares it: lower-case words of letters and digits, one space apart. */
export function normaliseTerm(term: string): string {
  return (term.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Every (term, alternative) pair the lists above mean, normalised, without duplicates. */
export function synonymPairs(): Array<[term: string, alternative: string]> {
  const pairs = new Map<string, [string, string]>();
  const add = (term: string, alternative: string) => {
    const [t, a] = [normaliseTerm(term), normaliseTerm(alternative)];
    if (t && a && t !== a) pairs.set(`${t}\u0000${a}`, [t, a]);
  };
  for (const group of PA_SYNONYM_GROUPS) for (const term of group) for (const alternative of group) add(term, alternative);
  for (const [broader, narrower] of PA_BROADER_TERMS) for (const term of narrower) add(broader, term);
  return [...pairs.values()];
}

/** Replaces the database's synonym pairs with the lists above (for migrations). */
export async function replaceSynonyms(q: { query(sql: string, params?: unknown[]): Promise<unknown> }): Promise<void> {
  const pairs = synonymPairs();
  await q.query(`DELETE FROM search_synonym`);
  await q.query(`INSERT INTO search_synonym ("term", "alternative") SELECT * FROM unnest($1::text[], $2::text[])`, [
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  ]);
}
