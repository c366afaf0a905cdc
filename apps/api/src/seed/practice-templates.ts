import { AdministrationKind, Theme } from '@app/members';

const { MUNICIPALITY: M, UNION_OF_MUNICIPALITIES: U, PROVINCE: P, REGION: R, HEALTH_AUTHORITY: H, FOREIGN_ADMINISTRATION: F } = AdministrationKind;

/**
 * One kind of e-government experience of the 2007-2013 period, written for the demo. Texts use
 * placeholders filled per practice: {ente} (il Comune di Bari; capitalised at the start of a sentence),
 * {delEnte} (del Comune di Bari), {alEnte} (al Comune di Bari), {territorio} (di Bari, della Puglia, del
 * Salento), {citta} and {aCitta} (Bari, a Bari: only in titles, and only municipalities and foreign cities
 * get those), {anno} (the start year), {anno2} (a later year, no later than the update that mentions it),
 * {n} (hundreds to thousands), {k} (a few to tens), {kk} (more than {k}), {k2} (a few, in words), {pct} and {pct2}
 * (percentages), {mesi}, {giorni}. Every summary names the offering administration, so no two practices
 * share one.
 */
export interface PracticeTemplate {
  key: string;
  kinds: AdministrationKind[];
  /** ISO countries of the offering administration; Italy unless said. */
  countries?: string[];
  /** The first year the experience can start (the law, standard or programme it follows). */
  since?: number;
  themes: Theme[];
  titles: string[];
  summaries: string[];
  problem: string;
  solution: string;
  steps: string[];
  results: string;
  resultsUpdate: string;
  /** The update of the results cannot be written before this day (it tells of what came later). */
  resultsUpdateFrom?: string;
  replicability: string;
  /** Access channels and technologies; those in TECHNOLOGY_SINCE are listed only from that year. */
  technologies: string[];
  tags: string[];
  cost: [number, number];
}

/**
 * The first year a technology or channel existed for Italian (or, for the foreign ones, their own)
 * administrations; a practice lists it only if it started that year or later.
 */
export const TECHNOLOGY_SINCE: Record<string, number> = {
  'carta nazionale dei servizi': 2004, // DPR 117/2004
  PEC: 2005, // DPR 68/2005
  'standard ABI-CNIPA': 2005,
  SPC: 2006, // d.lgs. 42/2005, framework contracts from 2006
  'cooperazione applicativa SPCoop': 2006,
  SPCoop: 2006,
  'porta di dominio': 2006,
  'busta e-gov': 2006,
  'registro dei servizi': 2006,
  QXN: 2006,
  'INA-SAIA': 2006,
  'certificato idCAT': 2006,
  'DNI elettronico': 2006,
  'timbro digitale': 2008,
  'PostaCertificat@': 2010, // the citizen's PEC (CEC-PAC)
  'XML SUAP': 2010, // technical annex of DPR 160/2010
  'UNI SInCRO': 2010, // UNI 11386:2010
  'impresainungiorno.gov.it': 2011, // the SUAP telematico started on 29 March 2011
  'IODL 2.0': 2011,
};

export const PRACTICE_TEMPLATES: PracticeTemplate[] = [
  {
    key: 'suap',
    since: 2010,
    kinds: [M, U],
    themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['SUAP telematico {delEnte}', 'Sportello unico per le attività produttive online {delEnte}', 'Lo sportello unico telematico per le imprese di {citta}'],
    summaries: [
      'Le imprese presentano online allo sportello unico {delEnte}, con firma digitale e PEC, ogni pratica per avviare, modificare o chiudere un’attività: {n} pratiche nel primo anno e tempi ridotti del {pct}%.',
      '{ente} ha reso telematico lo sportello unico per le attività produttive: modulistica unificata, invio con PEC e inoltro degli endoprocedimenti agli enti terzi, senza più code agli sportelli.',
    ],
    problem:
      'Prima del {anno} le pratiche per aprire un’attività arrivavano su carta, in più copie, e ogni ente coinvolto (ASL, vigili del fuoco, Camera di commercio) riceveva la sua parte per posta. I tempi medi superavano {giorni} giorni e le imprese dovevano tornare più volte allo sportello.',
    solution:
      'Con il DPR 160/2010 {ente} ha attivato lo sportello unico telematico: modulistica online unificata, invio con firma digitale e PEC, protocollazione automatica e inoltro degli endoprocedimenti agli enti terzi in cooperazione applicativa.',
    steps: [
      'analisi dei procedimenti e semplificazione della modulistica con le associazioni di categoria',
      'integrazione della piattaforma con il protocollo informatico e con il Registro delle imprese della Camera di commercio',
      'formazione di {k} operatori e dei professionisti del territorio',
      'avvio della SCIA telematica e dismissione dei canali cartacei',
    ],
    results:
      'Nel primo anno sono state gestite online {n} pratiche; i tempi medi di conclusione sono scesi del {pct}% e le richieste di integrazione del {pct2}%.',
    resultsUpdate:
      'Dal {anno2} le pratiche telematiche sono il 100% di quelle presentate, oltre {n} l’anno; i tempi medi sono scesi del {pct}% rispetto al cartaceo.',
    replicability:
      'Serve un protocollo informatico con PEC integrata e un responsabile SUAP con poteri di coordinamento; il kit di riuso comprende modulistica, regolamento, schemi di convenzione con gli enti terzi e il piano di formazione.',
    technologies: ['PEC', 'firma digitale', 'cooperazione applicativa SPCoop', 'impresainungiorno.gov.it', 'XML SUAP', 'protocollo informatico'],
    tags: ['suap', 'imprese', 'scia', 'sportello unico', 'dpr 160/2010', 'semplificazione'],
    cost: [60000, 280000],
  },
  {
    key: 'sue',
    kinds: [M, U],
    themes: [Theme.BUSINESS_SERVICES, Theme.CITIZEN_SERVICES],
    titles: ['Sportello unico per l’edilizia online {delEnte}', 'Pratiche edilizie digitali: il SUE telematico di {citta}'],
    summaries: [
      'Con lo sportello unico per l’edilizia telematico {delEnte} professionisti e cittadini presentano online permessi di costruire e DIA e seguono in tempo reale lo stato dell’istruttoria.',
      '{ente} ha reso digitale il fascicolo edilizio: presentazione telematica, istruttoria in rete tra gli uffici e un archivio storico delle pratiche consultabile senza attese.',
    ],
    problem:
      'L’ufficio tecnico riceveva ogni anno migliaia di pratiche cartacee con tavole in più copie; la ricerca dei precedenti in archivio richiedeva settimane e i tecnici esterni non conoscevano lo stato delle istruttorie.',
    solution:
      '{ente} ha realizzato uno sportello unico per l’edilizia telematico collegato al sistema informativo territoriale: le pratiche arrivano firmate digitalmente, vengono georeferenziate e istruite in rete con gli altri uffici.',
    steps: [
      'digitalizzazione dell’archivio storico delle pratiche edilizie',
      'accordo con gli ordini professionali per la presentazione esclusivamente telematica',
      'collegamento con il SIT e con il catasto per la verifica automatica delle particelle',
      'pubblicazione online dello stato di avanzamento di ciascuna pratica',
    ],
    results:
      'Sono state presentate online {n} pratiche; le richieste di accesso agli atti si sono ridotte del {pct}% e i tempi di istruttoria del {pct2}%.',
    resultsUpdate: 'Dal {anno2} tutte le pratiche edilizie sono telematiche; l’archivio digitalizzato conta oltre {n} fascicoli consultabili dagli uffici.',
    replicability:
      'Richiede un SIT aggiornato e l’accordo con gli ordini professionali; sono disponibili il disciplinare tecnico, la modulistica unificata e il software in riuso.',
    technologies: ['firma digitale', 'PEC', 'SIT', 'PostGIS', 'workflow documentale'],
    tags: ['edilizia', 'sue', 'pratiche edilizie', 'professionisti', 'dematerializzazione'],
    cost: [50000, 220000],
  },
  {
    key: 'protocollo',
    kinds: [M, U, P, R, H],
    themes: [Theme.PROCESS_INNOVATION],
    titles: ['Protocollo informatico e gestione documentale {delEnte}', 'Il protocollo informatico unico {delEnte}', 'Dalla carta al flusso documentale: il protocollo di {citta}'],
    summaries: [
      '{ente} ha adottato un solo registro di protocollo informatico per tutti gli uffici, con scansione della posta in arrivo, fascicolazione e assegnazione in rete: circa {n} documenti registrati ogni mese.',
      'Protocollo informatico, titolario e fascicolo elettronico in tutte le strutture {delEnte}, con la PEC integrata nella registrazione e {k} referenti di protocollo formati nei settori.',
    ],
    problem:
      'Ogni settore teneva il proprio registro, con numerazioni diverse e documenti che viaggiavano su carta tra gli uffici; ritrovare un atto o sapere chi lo stava trattando era spesso impossibile.',
    solution:
      'In applicazione del DPR 445/2000 e del Codice dell’amministrazione digitale, {ente} ha adottato un protocollo informatico unico con gestione documentale: i documenti in arrivo sono scansionati e assegnati in rete, le PEC vengono protocollate automaticamente, ogni pratica ha il suo fascicolo elettronico.',
    steps: [
      'redazione del manuale di gestione e del titolario di classificazione',
      'definizione dell’area organizzativa omogenea e delle unità organizzative responsabili',
      'scansione sistematica della posta in arrivo e assegnazione telematica',
      'formazione di {k} referenti di protocollo nei settori',
    ],
    results:
      'Vengono registrati circa {n} documenti al mese; le fotocopie interne sono calate del {pct}% e il tempo medio di assegnazione è sceso da giorni a poche ore.',
    resultsUpdate: 'Il {pct}% dei documenti circola ormai solo in formato digitale; la fascicolazione elettronica è attiva in tutti i settori.',
    replicability:
      'Il manuale di gestione, il titolario e il piano di formazione sono riusabili da qualunque ente; il software è disponibile nel catalogo del riuso.',
    technologies: ['protocollo informatico', 'PEC', 'segnatura XML', 'scansione ottica', 'firma digitale'],
    tags: ['protocollo', 'gestione documentale', 'fascicolo elettronico', 'titolario', 'dematerializzazione'],
    cost: [30000, 180000],
  },
  {
    key: 'pec',
    // The 2008 anti-crisis decree (DL 185/2008) made PEC the channel between administrations, firms and professionals.
    since: 2008,
    kinds: [M, U, P, R, H],
    themes: [Theme.PROCESS_INNOVATION, Theme.CITIZEN_SERVICES],
    titles: ['PEC per tutti gli uffici {delEnte}', 'Posta elettronica certificata per cittadini e imprese {aCitta}'],
    summaries: [
      '{ente} ha attivato {k} caselle di posta elettronica certificata, pubblicate nell’IPA e integrate con il protocollo, per comunicare con valore legale con cittadini, imprese e altre amministrazioni.',
      'Raccomandate e fax sostituiti dalla PEC negli uffici {delEnte}: oltre {n} messaggi certificati in un anno e una spesa per raccomandate ridotta del {pct}%.',
    ],
    problem:
      'Le comunicazioni con valore legale passavano per raccomandate e notifiche cartacee, con costi postali elevati e tempi lunghi; il fax era ancora il canale principale con le altre amministrazioni.',
    solution:
      '{ente} ha attivato caselle PEC istituzionali per tutti gli uffici, le ha pubblicate nell’Indice delle PA e le ha integrate con il protocollo; con ordini professionali e associazioni di categoria ha concordato l’uso della PEC per le comunicazioni ufficiali.',
    steps: [
      'censimento dei flussi di comunicazione verso imprese, professionisti e altri enti',
      'attivazione di {k} caselle PEC e loro pubblicazione nell’IPA',
      'integrazione con il protocollo per la registrazione automatica dei messaggi',
      'dismissione dei fax con un piano condiviso con i settori',
    ],
    results: 'In un anno sono transitati oltre {n} messaggi PEC; la spesa per raccomandate si è ridotta del {pct}%.',
    resultsUpdate: 'Dal {anno2} le comunicazioni con imprese e professionisti avvengono solo via PEC; la spesa postale è scesa complessivamente del {pct}%.',
    replicability: 'Richiede un protocollo informatico e un gestore PEC accreditato; sono disponibili le circolari interne e il piano di dismissione dei fax.',
    technologies: ['PEC', 'IPA', 'protocollo informatico', 'PostaCertificat@'],
    tags: ['pec', 'posta elettronica certificata', 'raccomandate', 'ipa', 'risparmio'],
    cost: [5000, 40000],
  },
  {
    key: 'conservazione',
    kinds: [M, P, R, H],
    themes: [Theme.PROCESS_INNOVATION, Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Conservazione sostitutiva dei documenti informatici {delEnte}', 'Il polo di conservazione digitale {delEnte}', 'Conservazione a norma degli atti e dei registri di {citta}'],
    summaries: [
      '{ente} conserva a norma in formato digitale delibere, determine, contratti e registri di protocollo, con firma digitale e marca temporale: oltre {n} documenti che non si stampano più per l’archivio.',
      'Un servizio di conservazione sostitutiva per i documenti nati digitali {delEnte}, con manuale di conservazione e responsabile nominato, che ha liberato il {pct}% degli spazi di archivio.',
    ],
    problem:
      'I documenti nati digitali venivano stampati e archiviati su carta per timore di perderne il valore legale; gli archivi di deposito erano saturi e costosi da mantenere.',
    solution:
      '{ente} ha definito il manuale di conservazione e nominato il responsabile della conservazione; i pacchetti di versamento sono generati automaticamente dal sistema documentale e chiusi con firma digitale e marca temporale secondo la deliberazione CNIPA 11/2004.',
    steps: [
      'individuazione delle tipologie documentali e dei metadati minimi',
      'redazione del manuale di conservazione e nomina del responsabile',
      'versamento automatico dei registri giornalieri di protocollo e degli atti amministrativi',
      'verifiche periodiche di leggibilità e integrità dei supporti',
    ],
    results: 'Sono stati conservati oltre {n} documenti; lo spazio di archivio cartaceo si è ridotto del {pct}%.',
    resultsUpdate: 'Con l’estensione ai contratti e ai registri contabili il sistema conserva più di {n} documenti l’anno, con verifiche di integrità trimestrali.',
    replicability:
      'Il manuale di conservazione, i metadati e le procedure di versamento sono riusabili; serve un sistema documentale che esporti i pacchetti in XML.',
    technologies: ['firma digitale', 'marca temporale', 'XML', 'UNI SInCRO', 'conservazione sostitutiva'],
    tags: ['conservazione', 'archivio digitale', 'cnipa', 'valore legale', 'dematerializzazione'],
    cost: [40000, 200000],
  },
  {
    key: 'albo',
    since: 2009,
    kinds: [M, U, P],
    themes: [Theme.CITIZEN_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['Albo pretorio online {delEnte}', 'L’albo pretorio on line di {citta}: pubblicità legale in rete'],
    summaries: [
      'L’albo pretorio online {delEnte} è alimentato direttamente dagli uffici: pubblicazione, defissione e relata sono automatiche e nel primo anno sono stati pubblicati {n} atti.',
      '{ente} ha attuato la legge 69/2009 portando in rete le pubblicazioni legali: atti ricercabili, relata generata dal sistema e archivio storico consultabile da tutti.',
    ],
    problem:
      'La legge 69/2009 imponeva di pubblicare gli atti sul sito istituzionale; la bacheca fisica era gestita a mano dal messo e gli uffici consegnavano copie cartacee da affiggere.',
    solution:
      '{ente} ha realizzato un albo pretorio online alimentato direttamente dagli uffici attraverso il sistema degli atti: pubblicazione, defissione e relata sono automatiche e l’archivio storico è consultabile.',
    steps: [
      'regolamento per la pubblicazione degli atti e tutela dei dati personali',
      'integrazione con il sistema di gestione delle delibere e delle determine',
      'abilitazione di {k} redattori nei settori',
      'pubblicazione degli atti di altri enti (notifiche, avvisi) con flusso via PEC',
    ],
    results: 'Sono stati pubblicati {n} atti nel primo anno; le richieste di copie degli atti allo sportello sono calate del {pct}%.',
    resultsUpdate: 'L’albo è stato integrato con la sezione sulla trasparenza del sito: ogni atto pubblicato alimenta anche gli obblighi di pubblicazione previsti dalla legge.',
    replicability: 'Il regolamento e le linee guida per la tutela dei dati personali sono riusabili; il software è disponibile a riuso per enti di ogni dimensione.',
    technologies: ['CMS', 'firma digitale', 'PEC', 'RSS'],
    tags: ['albo pretorio', 'pubblicità legale', 'legge 69/2009', 'trasparenza', 'atti amministrativi'],
    cost: [8000, 60000],
  },
  {
    key: 'tributi',
    kinds: [M, U],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Pagamenti online dei tributi locali {delEnte}', 'Paga online: ICI, TARSU e canoni {delEnte}', 'Il portale dei tributi di {citta}'],
    summaries: [
      'I contribuenti consultano online la propria posizione e pagano ICI, TARSU e canoni {delEnte} con carta di credito o bonifico, ricevendo la quietanza per e-mail.',
      'Con il portale dei tributi {delEnte} la posizione di ogni contribuente è consultabile in rete e i pagamenti elettronici, il {pct2}% del totale già nel primo anno, si riconciliano in automatico con la contabilità.',
    ],
    problem:
      'Per conoscere quanto dovuto i contribuenti si rivolgevano allo sportello tributi; i pagamenti avvenivano con bollettini postali e la riconciliazione con gli accertamenti era manuale e lenta.',
    solution:
      '{ente} ha aperto un portale dei tributi con accesso tramite carta nazionale dei servizi o credenziali: il contribuente vede immobili, dichiarazioni e versamenti, calcola l’imposta e paga online; i flussi di rendicontazione sono riconciliati in automatico.',
    steps: [
      'bonifica della banca dati tributaria e incrocio con catasto e anagrafe',
      'convenzione con la tesoreria per i pagamenti con carta e bonifico',
      'accesso con CNS e credenziali rilasciate allo sportello',
      'campagna informativa e assistenza telefonica dedicata',
    ],
    results: 'I pagamenti online sono stati {n} nel primo anno, il {pct2}% del totale; gli accessi allo sportello tributi sono calati del {pct}%.',
    resultsUpdate: 'I pagamenti elettronici sono saliti al {pct}% del totale e la riconciliazione automatica copre tutti i tributi.',
    replicability: 'Richiede una banca dati tributaria bonificata e una convenzione con il tesoriere; il modello di convenzione e il software del portale sono in riuso.',
    technologies: ['carta nazionale dei servizi', 'pagamenti con carta', 'web service', 'riconciliazione automatica'],
    tags: ['tributi', 'pagamenti online', 'ici', 'tarsu', 'contribuenti'],
    cost: [30000, 150000],
  },
  {
    key: 'mense',
    kinds: [M],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Mensa scolastica online {delEnte}', 'Servizi scolastici in rete: iscrizioni e pagamenti della mensa {aCitta}'],
    summaries: [
      'Iscrizioni online a mensa e trasporto scolastico e borsellino elettronico ricaricabile con carta o presso gli esercenti convenzionati: nelle scuole {delEnte} aderiscono {n} famiglie e i buoni cartacei sono spariti.',
      '{ente} rileva in classe le presenze a mensa con palmari e avvisa le famiglie via SMS quando il credito si esaurisce; i crediti non riscossi sono calati del {pct}%.',
    ],
    problem:
      'Le famiglie acquistavano blocchetti di buoni pasto cartacei in orari d’ufficio; il comune contava a mano i buoni e il recupero dei crediti non pagati era oneroso.',
    solution:
      '{ente} ha introdotto il pagamento elettronico prepagato della mensa: le presenze sono rilevate dai docenti con palmari, il credito si ricarica online o presso gli esercenti convenzionati e le famiglie consultano il saldo in rete.',
    steps: [
      'iscrizione online con verifica automatica dell’ISEE per le agevolazioni',
      'rilevazione delle presenze in {k} plessi scolastici',
      'convenzione con esercenti e tesoreria per le ricariche',
      'avvisi via SMS e e-mail su credito e menù',
    ],
    results: 'Aderiscono {n} famiglie; i crediti non riscossi si sono ridotti del {pct}% e sono spariti i buoni cartacei.',
    resultsUpdate: 'Il servizio è stato esteso a trasporto scolastico e centri estivi; le ricariche online sono il {pct}% del totale.',
    replicability: 'Il capitolato, la convenzione con gli esercenti e le procedure di rilevazione delle presenze sono riusabili da comuni di ogni dimensione.',
    technologies: ['pagamenti elettronici', 'SMS', 'palmari', 'portale web'],
    tags: ['mensa scolastica', 'scuola', 'pagamenti online', 'famiglie', 'buoni pasto'],
    cost: [20000, 90000],
  },
  {
    key: 'portale',
    kinds: [M, U],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Il portale dei servizi al cittadino {delEnte}', 'Sportello polifunzionale e servizi online di {citta}', 'Rete civica e servizi interattivi {delEnte}'],
    summaries: [
      '{ente} ha riunito in un portale unico i servizi online per i cittadini, con accesso tramite carta nazionale dei servizi: istanze, prenotazione degli appuntamenti e stato delle pratiche per {n} utenti registrati.',
      'Uno sportello polifunzionale, fisico e online, è il solo punto di contatto per le {k} richieste più frequenti rivolte {alEnte}: le attese medie sono scese del {pct}%.',
    ],
    problem:
      'I servizi erano frammentati tra uffici con orari diversi; per una semplice istanza il cittadino doveva spesso passare da più sportelli.',
    solution:
      '{ente} ha riorganizzato il front office in uno sportello polifunzionale e ha aperto un portale dei servizi con accesso tramite CNS e credenziali, dove presentare istanze e seguire lo stato delle pratiche.',
    steps: [
      'mappatura dei {k} servizi più richiesti e riprogettazione dei moduli',
      'formazione trasversale degli operatori dello sportello polifunzionale',
      'autenticazione con carta nazionale dei servizi e credenziali',
      'prenotazione online degli appuntamenti',
    ],
    results: 'Gli utenti registrati sono {n}; le attese medie allo sportello sono scese del {pct}%.',
    resultsUpdate: 'I servizi online sono diventati {kk} e il {pct2}% delle istanze arriva ormai dal portale.',
    replicability: 'Il modello organizzativo dello sportello polifunzionale e il catalogo dei servizi sono riusabili; il portale è disponibile in riuso.',
    technologies: ['carta nazionale dei servizi', 'CMS', 'moduli online', 'prenotazione appuntamenti'],
    tags: ['portale', 'sportello polifunzionale', 'servizi online', 'cittadini', 'front office'],
    cost: [40000, 200000],
  },
  {
    key: 'certificati',
    since: 2008,
    kinds: [M],
    themes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY],
    titles: ['Certificati anagrafici online con timbro digitale {delEnte}', 'Il certificato a casa: anagrafe online di {citta}'],
    summaries: [
      'I certificati anagrafici e di stato civile {delEnte} si stampano a casa, con un timbro digitale che ne garantisce l’autenticità: {n} certificati rilasciati online.',
      '{ente} ha aperto la consultazione telematica dell’anagrafe agli enti convenzionati e rilascia online i certificati ai cittadini: le richieste allo sportello sono scese del {pct}%.',
    ],
    problem:
      'Gli sportelli anagrafici rilasciavano ogni anno decine di migliaia di certificati, molti richiesti da altre amministrazioni che avrebbero potuto acquisire i dati d’ufficio.',
    solution:
      '{ente} ha aperto l’accesso telematico all’anagrafe per gli enti convenzionati e ha permesso ai cittadini di stampare i certificati con timbro digitale (glifo) verificabile, riducendo gli accessi allo sportello.',
    steps: [
      'convenzioni con forze dell’ordine, ASL e altri enti per la consultazione diretta',
      'adozione del timbro digitale sui certificati stampati a casa',
      'verifica online dell’autenticità del certificato tramite codice',
      'campagna informativa presso le circoscrizioni',
    ],
    results: 'Sono stati rilasciati online {n} certificati; le richieste allo sportello sono scese del {pct}%.',
    resultsUpdate: 'Gli enti convenzionati sono diventati {kk} e acquisiscono i dati d’ufficio senza chiedere certificati ai cittadini.',
    replicability: 'Lo schema di convenzione per la consultazione dell’anagrafe e le specifiche del timbro digitale sono riusabili.',
    technologies: ['timbro digitale', 'web service', 'carta nazionale dei servizi', 'anagrafe'],
    tags: ['anagrafe', 'certificati', 'timbro digitale', 'decertificazione', 'servizi demografici'],
    cost: [20000, 120000],
  },
  {
    key: 'firma',
    kinds: [M, U, P, R, H],
    themes: [Theme.PROCESS_INNOVATION],
    titles: ['Atti amministrativi digitali e firma digitale {delEnte}', 'Delibere e determine senza carta: l’iter digitale di {citta}'],
    summaries: [
      'Delibere e determine {delEnte} nascono, vengono firmate digitalmente e pubblicate senza mai essere stampate: {n} atti interamente digitali.',
      'L’iter degli atti amministrativi {delEnte} è interamente digitale, dalla proposta ai pareri fino alla firma: {k} dispositivi di firma distribuiti e tempi di esecutività ridotti del {pct}%.',
    ],
    problem:
      'Ogni determina veniva stampata in più copie, firmata a mano da più soggetti e fatta girare tra gli uffici; i tempi di esecutività dipendevano dai passaggi fisici delle cartelline.',
    solution:
      '{ente} ha distribuito dispositivi di firma digitale a dirigenti e responsabili e ha adottato un sistema di gestione degli atti con iter digitale: proposta, pareri, firma, numerazione, pubblicazione e conservazione.',
    steps: [
      'distribuzione di {k} dispositivi di firma digitale',
      'reingegnerizzazione dell’iter delle determinazioni con il servizio finanziario',
      'collegamento con la pubblicazione degli atti e con la conservazione sostitutiva',
      'affiancamento sul posto nelle prime settimane di avvio',
    ],
    results: 'Sono stati adottati {n} atti interamente digitali; il tempo medio per l’esecutività si è ridotto del {pct}%.',
    resultsUpdate: 'Dal {anno2} anche le deliberazioni degli organi collegiali seguono l’iter digitale, con un risparmio di carta stimato del {pct}%.',
    replicability: 'Serve un sistema documentale con firma integrata; sono disponibili i flussi degli atti, i modelli e il piano di formazione.',
    technologies: ['firma digitale', 'smart card', 'workflow', 'marca temporale'],
    tags: ['firma digitale', 'atti amministrativi', 'determine', 'delibere', 'dematerializzazione'],
    cost: [15000, 110000],
  },
  {
    key: 'banda-larga',
    kinds: [M, U, P, R],
    themes: [Theme.PUBLIC_CONNECTIVITY],
    titles: ['Banda larga e wi-fi pubblico {delEnte}', 'Contro il divario digitale: wi-fi libero {aCitta}', 'Hotspot wi-fi nelle piazze e nelle biblioteche {delEnte}'],
    summaries: [
      '{ente} ha realizzato una rete wi-fi pubblica e gratuita in {k} punti tra piazze, biblioteche e uffici, e un piano con gli operatori per portare la banda larga nelle aree in digital divide.',
      'Accesso gratuito a internet con registrazione via SMS negli hotspot {delEnte}: {n} utenti registrati e popolazione in digital divide ridotta del {pct}%.',
    ],
    problem:
      'Molte frazioni e aree rurali erano in digital divide, senza offerta ADSL; i cittadini non potevano usare i servizi online che l’amministrazione stava avviando.',
    solution:
      '{ente} ha realizzato una rete wireless con ponti radio che collega le sedi pubbliche e offre hotspot gratuiti in {k} punti, e ha concordato con gli operatori l’estensione della banda larga alle aree non servite.',
    steps: [
      'mappatura delle aree in digital divide',
      'realizzazione della dorsale radio tra le sedi pubbliche',
      'installazione degli hotspot con identificazione degli utenti via SMS, come richiesto dalla normativa',
      'accordo con gli operatori per l’uso delle infrastrutture pubbliche',
    ],
    results: 'Gli utenti registrati al wi-fi sono {n}; la popolazione in digital divide è scesa del {pct}%.',
    resultsUpdate: 'Gli hotspot sono diventati {kk} e la rete è federata con le altre reti wi-fi pubbliche della regione.',
    replicability: 'Il progetto della rete radio, il capitolato e il regolamento d’uso degli hotspot sono riusabili, in particolare dai piccoli comuni.',
    technologies: ['wi-fi', 'ponti radio', 'HiperLAN', 'autenticazione via SMS', 'fibra ottica'],
    tags: ['banda larga', 'wi-fi', 'digital divide', 'connettività', 'piccoli comuni'],
    cost: [80000, 600000],
  },
  {
    key: 'spc',
    kinds: [U, P, R],
    themes: [Theme.PUBLIC_CONNECTIVITY, Theme.INTEROPERABILITY],
    titles: ['Connettività SPC per le sedi e gli enti collegati {delEnte}', 'Una rete SPC comune per i piccoli enti: l’esperienza {delEnte}'],
    summaries: [
      '{ente} ha portato nel Sistema pubblico di connettività le proprie sedi e i piccoli comuni {territorio}: {k} sedi in una sola rete privata virtuale, con sicurezza centralizzata e costi condivisi.',
      'Connettività SPC, firewall e porta di dominio condivisi: gli enti collegati alla rete {delEnte} spendono per ogni sede il {pct}% in meno a parità di banda.',
    ],
    problem:
      'Ogni piccolo comune aveva un proprio contratto ADSL, senza sicurezza perimetrale né continuità di servizio; lo scambio di dati con gli altri enti avveniva via e-mail o supporti removibili.',
    solution:
      '{ente} ha aderito al Sistema pubblico di connettività per conto degli enti associati, realizzando una rete privata virtuale con un unico punto di accesso a internet protetto e la porta di dominio condivisa.',
    steps: [
      'convenzione tra gli enti e adesione al contratto quadro SPC',
      'collegamento di {k} sedi alla rete privata virtuale',
      'centralizzazione di firewall, antivirus e filtri di navigazione',
      'porta di dominio condivisa per la cooperazione applicativa',
    ],
    results: 'Sono collegate {k} sedi; la spesa di connettività per sede è scesa del {pct}% a parità di banda.',
    resultsUpdate: 'Sulla rete SPC viaggiano ora anche la telefonia VoIP e i servizi del centro servizi condiviso.',
    replicability: 'Lo schema di convenzione, il progetto di rete e il modello di gestione associata sono riusabili da unioni, province e regioni.',
    technologies: ['SPC', 'VPN', 'porta di dominio', 'firewall', 'QXN'],
    tags: ['spc', 'connettività', 'gestione associata', 'piccoli comuni', 'sicurezza'],
    cost: [40000, 250000],
  },
  {
    key: 'porta-dominio',
    kinds: [M],
    themes: [Theme.INTEROPERABILITY],
    titles: ['Cooperazione applicativa tra l’anagrafe e gli altri enti {delEnte}', 'La porta di dominio {delEnte}: servizi SPCoop per gli enti del territorio', 'Interoperabilità dei dati anagrafici {aCitta}'],
    summaries: [
      'Attraverso la porta di dominio {delEnte} gli enti autorizzati interrogano l’anagrafe in cooperazione applicativa, senza chiedere certificati ai cittadini: circa {n} richieste servite ogni mese.',
      '{ente} scambia i dati anagrafici con ASL, questura, INPS e altri comuni secondo le regole SPCoop, con accordi di servizio pubblicati e {k} enti fruitori convenzionati.',
    ],
    problem:
      'Lo scambio di dati tra enti avveniva con tracciati proprietari, file inviati per posta elettronica o su carta; ogni integrazione era un progetto a sé.',
    solution:
      '{ente} ha attivato una porta di dominio qualificata e pubblicato servizi applicativi secondo le specifiche SPCoop con accordi di servizio: variazioni anagrafiche, stato di famiglia, residenza.',
    steps: [
      'qualificazione della porta di dominio e registrazione degli accordi di servizio',
      'esposizione dei servizi anagrafici come web service',
      'convenzioni con {k} enti fruitori',
      'monitoraggio e tracciamento delle richieste',
    ],
    results: 'I servizi rispondono a circa {n} richieste al mese; i certificati richiesti da altri enti sono calati del {pct}%.',
    resultsUpdate: 'Sono stati aggiunti i servizi verso il SUAP e il sistema tributario; gli enti fruitori sono diventati {kk}.',
    replicability: 'Gli accordi di servizio e le specifiche dei web service sono pubblicati; serve una porta di dominio qualificata, anche condivisa.',
    technologies: ['SPCoop', 'porta di dominio', 'web service SOAP', 'busta e-gov', 'accordi di servizio'],
    tags: ['cooperazione applicativa', 'interoperabilità', 'porta di dominio', 'anagrafe', 'spcoop'],
    cost: [50000, 300000],
  },
  {
    key: 'cooperazione-regionale',
    kinds: [R],
    themes: [Theme.INTEROPERABILITY, Theme.PUBLIC_CONNECTIVITY],
    titles: ['Infrastruttura regionale di cooperazione applicativa {delEnte}', 'La porta di dominio condivisa per gli enti locali: l’esperienza {delEnte}'],
    summaries: [
      '{ente} mette a disposizione degli enti locali {territorio} una porta di dominio condivisa e un registro dei servizi, così che nessun comune debba qualificarne una propria per scambiare dati secondo le regole SPCoop.',
      '{k} amministrazioni {territorio} scambiano anagrafe, tributi e pratiche delle imprese attraverso l’infrastruttura di cooperazione applicativa {delEnte}, con un solo registro dei servizi.',
    ],
    problem:
      'Ogni integrazione tra {ente} e gli enti locali era un progetto a sé, con tracciati proprietari e file scambiati per posta elettronica; i piccoli comuni non avevano le competenze per qualificare e gestire una propria porta di dominio.',
    solution:
      '{ente} ha realizzato un’infrastruttura di cooperazione applicativa secondo le specifiche SPCoop: porta di dominio qualificata e condivisa, registro dei servizi, gestione centralizzata degli accordi di servizio e un centro di competenza che accompagna gli enti nell’adesione.',
    steps: [
      'censimento dei flussi di dati tra la regione e gli enti locali',
      'qualificazione della porta di dominio condivisa e pubblicazione del registro dei servizi',
      'adesione di {k} enti con un percorso di accompagnamento',
      'primi servizi in esercizio: variazioni anagrafiche, dati tributari e pratiche SUAP',
    ],
    results: 'Aderiscono {k} enti; sull’infrastruttura transitano circa {n} messaggi al mese e i tempi per integrare un nuovo servizio sono scesi del {pct}%.',
    resultsUpdate: 'Gli enti aderenti sono diventati {kk} e l’infrastruttura dialoga con quelle delle altre regioni del progetto interregionale ICAR.',
    replicability:
      'Il modello di convenzione con gli enti, il piano di accompagnamento e le specifiche degli accordi di servizio sono riusabili; la porta di dominio è disponibile in riuso.',
    technologies: ['SPCoop', 'porta di dominio', 'registro dei servizi', 'busta e-gov', 'web service SOAP'],
    tags: ['cooperazione applicativa', 'interoperabilità', 'porta di dominio', 'enti locali', 'spcoop'],
    cost: [150000, 800000],
  },
  {
    key: 'ina-saia',
    kinds: [M],
    themes: [Theme.INTEROPERABILITY, Theme.CITIZEN_SERVICES],
    titles: ['Comunicazioni anagrafiche telematiche con INA-SAIA {delEnte}', 'Anagrafe allineata con l’indice nazionale {aCitta}'],
    summaries: [
      'Le variazioni anagrafiche {delEnte} arrivano in tempo reale all’Indice nazionale delle anagrafi e agli enti centrali tramite INA-SAIA: circa {n} comunicazioni al mese, senza più invii su carta.',
      '{ente} ha allineato l’anagrafe con l’indice nazionale e con le banche dati di motorizzazione, INPS e Agenzia delle entrate, riducendo del {pct}% le posizioni disallineate.',
    ],
    problem:
      'Le comunicazioni delle variazioni anagrafiche agli altri enti (motorizzazione, INPS, Agenzia delle entrate) avvenivano in differita o su carta, con disallineamenti che ricadevano sui cittadini.',
    solution:
      '{ente} ha integrato il software anagrafico con il sistema INA-SAIA: ogni variazione viene inviata in tempo reale all’Indice nazionale delle anagrafi e notificata agli enti destinatari.',
    steps: [
      'bonifica dell’anagrafe e allineamento dei codici fiscali',
      'integrazione del software anagrafico con il sistema di accesso e interscambio',
      'procedura interna per chiudere le pratiche di residenza in pochi giorni lavorativi',
      'modulistica online per la dichiarazione di residenza',
    ],
    results: 'Le posizioni disallineate sono scese del {pct}%; ogni mese vengono trasmesse circa {n} variazioni.',
    resultsUpdate: 'Con il cambio di residenza in tempo reale il {pct}% delle pratiche si chiude entro due giorni lavorativi.',
    // DL 5/2012: the residence changes "in tempo reale" apply from 9 May 2012.
    resultsUpdateFrom: '2012-06-04',
    replicability: 'Le procedure di bonifica dell’anagrafe e il modello organizzativo per la chiusura rapida delle pratiche di residenza sono riusabili da ogni comune.',
    technologies: ['INA-SAIA', 'XML', 'SPC', 'web service'],
    tags: ['anagrafe', 'ina-saia', 'residenza', 'interoperabilità', 'servizi demografici'],
    cost: [10000, 70000],
  },
  {
    key: 'sit',
    kinds: [M, U, P, R],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Sistema informativo territoriale {delEnte}', 'Il SIT integrato {delEnte}: cartografia, catasto e toponomastica', 'Webgis e cartografia condivisa {aCitta}'],
    summaries: [
      '{ente} ha costruito un sistema informativo territoriale unico che integra cartografia, catasto, strumenti urbanistici e grafo stradale, consultabile via webgis da uffici, cittadini e professionisti.',
      'Le informazioni sul territorio {delEnte} si aggiornano una volta sola e le riusano tutti gli uffici: {k} strati informativi pubblicati con servizi standard OGC.',
    ],
    problem:
      'Urbanistica, tributi, lavori pubblici e polizia locale usavano cartografie diverse e non aggiornate; ogni ufficio manteneva i propri stradari e le proprie anagrafi degli immobili.',
    solution:
      '{ente} ha costruito un SIT unico con base cartografica aggiornata, grafo stradale, numeri civici e dati catastali, pubblicato con servizi standard OGC e un webgis per i cittadini e i professionisti.',
    steps: [
      'aggiornamento della base cartografica e del grafo stradale',
      'toponomastica e numerazione civica georeferenziate',
      'integrazione dei dati catastali e degli strumenti urbanistici',
      'pubblicazione di {k} strati informativi con servizi WMS e WFS',
    ],
    results: 'Il webgis registra circa {n} consultazioni al mese; le richieste di certificati di destinazione urbanistica si sono ridotte del {pct}%.',
    resultsUpdate: 'Gli strati pubblicati sono saliti a {kk} e i dati vengono forniti anche all’infrastruttura dati territoriali regionale.',
    replicability: 'Il modello dati, le procedure di aggiornamento e il webgis basato su software libero sono riusabili; serve una base cartografica aggiornata.',
    technologies: ['GIS', 'PostGIS', 'WMS', 'WFS', 'software libero', 'OGC'],
    tags: ['sit', 'cartografia', 'webgis', 'territorio', 'numerazione civica'],
    cost: [60000, 350000],
  },
  {
    key: 'catasto',
    kinds: [M, U],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS, Theme.INTEROPERABILITY],
    titles: ['Integrazione dei dati catastali e tributari {delEnte}', 'Catasto e fiscalità locale: la banca dati integrata di {citta}'],
    summaries: [
      '{ente} incrocia i dati catastali dell’Agenzia del territorio con anagrafe, tributi e utenze per individuare gli immobili non dichiarati: {n} posizioni anomale emerse.',
      'Una banca dati integrata degli immobili per la fiscalità locale {delEnte}: il gettito recuperato ha ripagato il progetto in {mesi} mesi.',
    ],
    problem:
      'Le banche dati di catasto, anagrafe e tributi non dialogavano: immobili accatastati ma non dichiarati e utenze senza titolare sfuggivano ai controlli.',
    solution:
      '{ente} ha attivato il portale per i comuni dell’Agenzia del territorio e costruito una banca dati integrata che incrocia periodicamente catasto, anagrafe, tributi e forniture di servizi.',
    steps: [
      'convenzione per l’accesso ai dati catastali',
      'normalizzazione degli indirizzi sulla toponomastica comunale',
      'incrocio periodico con anagrafe, tributi e utenze',
      'gestione delle segnalazioni qualificate all’Agenzia delle entrate',
    ],
    results: 'Sono state individuate {n} posizioni anomale; il gettito recuperato ha coperto il costo del progetto in {mesi} mesi.',
    resultsUpdate: 'Gli incroci sono ora trimestrali e alimentano anche le segnalazioni qualificate per la partecipazione all’accertamento.',
    replicability: 'Il modello dati, le regole di incrocio e le procedure di normalizzazione degli indirizzi sono riusabili.',
    technologies: ['data warehouse', 'ETL', 'portale per i comuni', 'GIS'],
    tags: ['catasto', 'fiscalità locale', 'evasione', 'banche dati', 'immobili'],
    cost: [40000, 200000],
  },
  {
    key: 'open-data',
    since: 2010,
    kinds: [M, P, R],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Il portale open data {delEnte}', 'Dati aperti {delEnte}: bilanci, territorio e servizi in formato libero', 'Open data {aCitta}: dal dato all’applicazione'],
    summaries: [
      '{ente} pubblica in formato aperto e con licenza libera {k} dataset su bilancio, territorio, mobilità e servizi, per cittadini, imprese e sviluppatori.',
      'Con il catalogo dei dati aperti {delEnte} i dataset pubblici sono stati scaricati {n} volte nel primo anno e hanno dato vita a {k2} applicazioni realizzate da terzi.',
    ],
    problem:
      'I dati pubblici restavano chiusi in documenti PDF o nei sistemi degli uffici; ogni richiesta di dati da parte di ricercatori e imprese era una pratica a sé.',
    solution:
      '{ente} ha adottato linee guida sui dati aperti, ha scelto una licenza aperta e ha pubblicato un catalogo con {k} dataset in formati aperti, con metadati e aggiornamenti periodici, promuovendo un concorso di idee per le applicazioni.',
    steps: [
      'delibera sui dati aperti e scelta della licenza',
      'censimento dei dati disponibili negli uffici',
      'pubblicazione dei primi {k} dataset con metadati',
      'concorso per applicazioni e incontri con la comunità degli sviluppatori',
    ],
    results: 'I dataset sono stati scaricati {n} volte nel primo anno; sono nate {k2} applicazioni realizzate da terzi.',
    resultsUpdate: 'Il catalogo è stato federato con dati.gov.it e aggiornato con i dati di bilancio in formato aperto ogni anno.',
    // dati.gov.it opened on 18 October 2011.
    resultsUpdateFrom: '2011-11-07',
    replicability: 'Linee guida, licenza, modello di delibera e catalogo basato su CKAN sono riusabili; servono un referente e la collaborazione degli uffici.',
    technologies: ['CKAN', 'CSV', 'RDF', 'IODL 2.0', 'CC-BY', 'API REST'],
    tags: ['open data', 'dati aperti', 'trasparenza', 'riuso dei dati', 'licenze'],
    cost: [15000, 120000],
  },
  {
    key: 'data-center',
    kinds: [U, P, R],
    themes: [Theme.PUBLIC_CONNECTIVITY, Theme.PROCESS_INNOVATION],
    titles: ['Data center condiviso per i piccoli comuni {delEnte}', 'Un centro servizi territoriale per gli enti locali: l’esperienza {delEnte}'],
    summaries: [
      '{ente} ospita in un centro servizi territoriale server, applicativi e backup di {k} enti, con una continuità operativa che nessun piccolo comune avrebbe potuto permettersi da solo.',
      'Gli applicativi gestionali degli enti aderenti, erogati in modalità ASP dal data center {delEnte}: costi di gestione dei sistemi ridotti del {pct}% e fermi macchina quasi scomparsi.',
    ],
    problem:
      'Ogni piccolo comune aveva un server in uno sgabuzzino, senza backup verificati né piano di continuità; gli aggiornamenti dipendevano da fornitori diversi.',
    solution:
      '{ente} ha realizzato un centro servizi territoriale che ospita in modalità ASP gli applicativi gestionali di {k} enti, con backup, disaster recovery e assistenza centralizzata.',
    steps: [
      'convenzione tra gli enti e piano di migrazione',
      'virtualizzazione dei server e consolidamento delle banche dati',
      'piano di continuità operativa e disaster recovery',
      'help desk unico per gli utenti degli enti aderenti',
    ],
    results: 'Aderiscono {k} enti; i costi di gestione dei sistemi si sono ridotti del {pct}% e i fermi macchina sono quasi scomparsi.',
    resultsUpdate: 'Il centro servizi ospita ora anche la posta elettronica e la conservazione dei documenti degli enti aderenti.',
    replicability: 'Il modello di convenzione, il piano di continuità operativa e il capitolato sono riusabili da unioni, province e regioni.',
    technologies: ['virtualizzazione', 'ASP', 'disaster recovery', 'SPC', 'backup'],
    tags: ['data center', 'gestione associata', 'continuità operativa', 'piccoli comuni', 'consolidamento'],
    cost: [150000, 900000],
  },
  {
    key: 'e-procurement',
    kinds: [R, P, M, H],
    themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['Piattaforma di e-procurement {delEnte}', 'Gare telematiche e mercato elettronico {delEnte}', 'Acquisti in rete {aCitta}'],
    summaries: [
      '{ente} svolge gare d’appalto telematiche e gestisce un albo fornitori online e un mercato elettronico per gli acquisti sotto soglia, aperti anche agli enti del territorio.',
      'Gli acquisti {delEnte} passano in rete: {k} gare telematiche con un risparmio medio del {pct2}% sulle basi d’asta e {n} imprese iscritte all’albo fornitori.',
    ],
    problem:
      'Le gare si svolgevano con buste cartacee e sedute pubbliche; le piccole imprese locali faticavano a partecipare e gli enti più piccoli non avevano strutture per gare complesse.',
    solution:
      '{ente} ha adottato una piattaforma di e-procurement con albo fornitori online, gare telematiche e mercato elettronico, messa a disposizione anche degli enti del territorio come centrale di committenza.',
    steps: [
      'regolamento per gli acquisti telematici',
      'albo fornitori online con {n} imprese iscritte',
      'formazione dei buyer degli enti aderenti',
      'monitoraggio dei risparmi rispetto alle basi d’asta',
    ],
    results: 'Sono state svolte {k} gare telematiche con un risparmio medio del {pct2}% sulle basi d’asta.',
    resultsUpdate: 'La piattaforma è usata da {kk} enti del territorio e il mercato elettronico copre il {pct}% degli acquisti sotto soglia.',
    replicability: 'Regolamento, modulistica di gara e modello di centrale di committenza sono riusabili; la piattaforma è disponibile in convenzione.',
    technologies: ['e-procurement', 'firma digitale', 'marca temporale', 'PEC'],
    tags: ['e-procurement', 'gare telematiche', 'appalti', 'mercato elettronico', 'imprese'],
    cost: [80000, 500000],
  },
  {
    key: 'cup',
    kinds: [H, R],
    themes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY],
    titles: ['CUP sovraziendale {delEnte}', 'Prenotazioni sanitarie unificate: il CUP integrato {delEnte}'],
    summaries: [
      '{ente} ha unificato in un solo CUP le agende di {k} strutture pubbliche e accreditate: si prenota per telefono, in farmacia e online, e i tempi di attesa sono monitorati.',
      'Circa {n} prenotazioni al mese passano dal centro unico di prenotazione {delEnte}, con il pagamento del ticket online e il ritiro dei referti in rete.',
    ],
    problem:
      'Ogni struttura aveva le proprie agende e i propri sportelli; i cittadini dovevano telefonare a più numeri e le liste d’attesa erano poco trasparenti.',
    solution:
      '{ente} ha unificato le agende in un CUP sovraziendale con call center, sportelli in farmacia e prenotazione online; i dati delle prenotazioni alimentano il monitoraggio dei tempi di attesa.',
    steps: [
      'censimento e unificazione delle agende di {k} strutture',
      'call center unico e prenotazione nelle farmacie convenzionate',
      'pagamento del ticket online e ritiro dei referti in rete',
      'monitoraggio pubblico dei tempi di attesa',
    ],
    results: 'Il CUP gestisce circa {n} prenotazioni al mese; le prestazioni non disdette si sono ridotte del {pct}%.',
    resultsUpdate: 'Con l’invio di promemoria via SMS le mancate presentazioni sono scese di un ulteriore {pct2}%.',
    replicability: 'Il modello organizzativo, il nomenclatore unico delle prestazioni e il capitolato del call center sono riusabili da altre aziende sanitarie.',
    technologies: ['CUP', 'HL7', 'web service', 'SMS', 'pagamenti online'],
    tags: ['sanità', 'cup', 'prenotazioni', 'liste di attesa', 'ticket'],
    cost: [200000, 1200000],
  },
  {
    key: 'ordinativo',
    kinds: [M, P, R, H],
    themes: [Theme.PROCESS_INNOVATION, Theme.INTEROPERABILITY],
    titles: ['Ordinativo informatico con la tesoreria {delEnte}', 'Mandati e reversali digitali {delEnte}'],
    summaries: [
      '{ente} firma digitalmente mandati di pagamento e reversali di incasso e li trasmette al tesoriere in XML secondo lo standard ABI-CNIPA: {n} ordinativi digitali emessi.',
      'Il ciclo della spesa {delEnte} è senza carta dalla liquidazione al pagamento, con firma digitale e flussi XML verso la tesoreria: tempi di pagamento ai fornitori ridotti del {pct}%.',
    ],
    problem:
      'Mandati e reversali venivano stampati, firmati e consegnati a mano al tesoriere con distinte cartacee; gli errori di trascrizione e i ritardi nei pagamenti ai fornitori erano frequenti.',
    solution:
      '{ente} ha adottato l’ordinativo informatico locale secondo lo standard ABI-CNIPA: i titoli sono firmati digitalmente e trasmessi in XML al tesoriere, che restituisce gli esiti in automatico.',
    steps: [
      'adeguamento della convenzione di tesoreria',
      'integrazione della contabilità con il flusso XML standard',
      'firma digitale dei titoli da parte di {k} firmatari',
      'conservazione sostitutiva degli ordinativi',
    ],
    results: 'Sono stati emessi {n} ordinativi digitali; i tempi di pagamento ai fornitori si sono ridotti del {pct}%.',
    resultsUpdate: 'Anche le reversali sono digitali e gli esiti del tesoriere aggiornano la contabilità senza interventi manuali.',
    replicability: 'La convenzione di tesoreria aggiornata, le specifiche XML e le procedure interne sono riusabili da ogni ente.',
    technologies: ['ordinativo informatico', 'XML', 'firma digitale', 'standard ABI-CNIPA'],
    tags: ['tesoreria', 'mandati', 'ragioneria', 'dematerializzazione', 'pagamenti'],
    cost: [10000, 80000],
  },
  {
    key: 'voip',
    kinds: [M, U, P, R, H],
    themes: [Theme.PUBLIC_CONNECTIVITY],
    titles: ['Telefonia VoIP su rete SPC {delEnte}', 'Voce e dati su un’unica rete: il VoIP {delEnte}'],
    summaries: [
      '{ente} ha sostituito i centralini delle sue {k} sedi con una piattaforma VoIP sulla rete dati: le telefonate tra uffici sono gratuite e la spesa telefonica è scesa del {pct}%.',
      'Voce e dati su un’unica rete per tutte le sedi {delEnte}, con un centralino VoIP basato su software libero: il costo del progetto è rientrato in {mesi} mesi.',
    ],
    problem:
      'Le {k} sedi avevano centralini diversi e linee separate; le telefonate tra uffici dello stesso ente erano a pagamento e la manutenzione costosa.',
    solution:
      '{ente} ha migrato la telefonia su una piattaforma VoIP centralizzata basata su software libero, collegando tutte le sedi attraverso la rete SPC.',
    steps: [
      'censimento di linee, apparati e contratti',
      'piattaforma centrale VoIP ridondata',
      'migrazione graduale delle sedi',
      'numerazione interna unica e rubrica integrata',
    ],
    results: 'La spesa telefonica si è ridotta del {pct}%; il costo del progetto è rientrato in {mesi} mesi.',
    resultsUpdate: 'Il servizio è stato esteso alle sedi decentrate, con un ulteriore risparmio del {pct2}%.',
    replicability: 'Progetto tecnico, capitolato e piano di migrazione sono riusabili; serve una rete dati adeguata tra le sedi.',
    technologies: ['VoIP', 'SIP', 'Asterisk', 'SPC', 'QoS'],
    tags: ['voip', 'telefonia', 'risparmio', 'spc', 'software libero'],
    cost: [30000, 200000],
  },
  {
    key: 'customer',
    // "Mettiamoci la faccia", the Department of Public Administration's initiative, started in March 2009.
    since: 2009,
    kinds: [M, U, P, H],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Mettiamoci la faccia: il gradimento dei servizi {delEnte}', 'Customer satisfaction online e agli sportelli {delEnte}'],
    summaries: [
      '{ente} raccoglie con le emoticon di "Mettiamoci la faccia" il giudizio degli utenti agli sportelli, online e al telefono: {n} giudizi raccolti e discussi ogni mese con i responsabili dei servizi.',
      'Un ascolto sistematico degli utenti su {k} servizi {delEnte}: i giudizi positivi sono cresciuti di {pct2} punti dopo le prime azioni di miglioramento.',
    ],
    problem:
      'L’amministrazione non aveva dati sulla soddisfazione degli utenti; i reclami arrivavano in forme diverse e senza un seguito organizzato.',
    solution:
      '{ente} ha aderito all’iniziativa "Mettiamoci la faccia" installando emoticon agli sportelli e sul sito; i giudizi sono raccolti in un cruscotto e discussi periodicamente con i responsabili dei servizi.',
    steps: [
      'scelta di {k} servizi pilota',
      'installazione dei dispositivi agli sportelli e dei moduli online',
      'cruscotto mensile dei giudizi per servizio',
      'piani di miglioramento concordati con i responsabili',
    ],
    results: 'Sono stati raccolti {n} giudizi; i giudizi positivi sono cresciuti di {pct2} punti dopo le prime azioni di miglioramento.',
    resultsUpdate: 'L’indagine è stata estesa a tutti gli sportelli e i risultati sono pubblicati online ogni mese.',
    replicability: 'Metodo, questionari e cruscotto sono riusabili da qualunque amministrazione con sportelli al pubblico.',
    technologies: ['emoticon', 'web', 'SMS', 'cruscotto'],
    tags: ['customer satisfaction', 'mettiamoci la faccia', 'qualità', 'sportelli', 'ascolto'],
    cost: [5000, 40000],
  },
  {
    key: 'fascicolo-sociale',
    kinds: [M, U],
    themes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY],
    titles: ['Cartella sociale informatizzata {delEnte}', 'Servizi sociali in rete: la cartella sociale di {citta}'],
    summaries: [
      '{ente} ha adottato una cartella sociale unica per ogni persona seguita dai servizi, condivisa con gli operatori sanitari per la presa in carico integrata: {n} cartelle aperte.',
      'Gli interventi sociali {delEnte} tracciati in un sistema unico, con i dati per la programmazione del piano di zona e tempi di presa in carico ridotti del {pct}%.',
    ],
    problem:
      'Le informazioni sugli utenti dei servizi sociali erano in fascicoli cartacei distribuiti tra uffici e comuni; la programmazione del piano di zona si basava su dati parziali.',
    solution:
      '{ente} ha adottato una cartella sociale informatizzata condivisa tra gli operatori dell’ambito e collegata con i servizi sanitari per la presa in carico integrata.',
    steps: [
      'definizione del set minimo di dati e delle regole di accesso',
      'formazione di {k} assistenti sociali',
      'collegamento con la porta unica di accesso sociosanitaria',
      'reportistica per il piano di zona',
    ],
    results: 'Sono state aperte {n} cartelle; i tempi di presa in carico integrata si sono ridotti del {pct}%.',
    resultsUpdate: 'Tutti i comuni dell’ambito usano la cartella sociale e i dati alimentano il sistema informativo regionale.',
    replicability: 'Set di dati, regolamento per la privacy e modello di cooperazione tra comuni e ASL sono riusabili.',
    technologies: ['web application', 'cooperazione applicativa', 'profilazione degli accessi'],
    tags: ['servizi sociali', 'cartella sociale', 'piano di zona', 'sociosanitario', 'welfare'],
    cost: [30000, 180000],
  },

  // Experiences of EU administrations, offered to the programme by their own cities.
  {
    key: 'x-road',
    kinds: [F],
    countries: ['EE'],
    themes: [Theme.INTEROPERABILITY],
    titles: ['Registri comunali in rete con X-Road {delEnte}'],
    summaries: [
      '{ente} scambia i dati con i registri nazionali estoni attraverso X-Road, lo strato comune di interoperabilità: i residenti non ripresentano i documenti che l’amministrazione possiede già.',
    ],
    problem:
      'Per iscrivere un figlio all’asilo o chiedere un contributo sociale i residenti dovevano presentare documenti rilasciati da altri uffici, e gli operatori comunali ricopiavano a mano dati già presenti nei registri nazionali.',
    solution:
      '{ente} ha collegato i propri sistemi a X-Road, l’infrastruttura nazionale estone per lo scambio sicuro dei dati: i servizi comunali interrogano in tempo reale il registro della popolazione e gli altri registri, e i residenti si identificano online con la carta d’identità elettronica.',
    steps: [
      'mappatura dei dati richiesti ai residenti e dei registri che già li contengono',
      'adattamento dei sistemi comunali come fornitori e fruitori di servizi X-Road',
      'accesso ai servizi online con la carta d’identità elettronica e la firma digitale',
      'formazione di {k} operatori e revisione dei moduli',
    ],
    results: 'Il {pct}% delle domande per asili e contributi si presenta online; gli uffici evitano ogni mese circa {n} richieste di documenti ai residenti.',
    resultsUpdate: 'I servizi collegati a X-Road sono diventati {kk} e comprendono ora anche le iscrizioni scolastiche.',
    replicability:
      'L’architettura di X-Road è documentata e le procedure organizzative e i moduli semplificati sono riusabili; in Italia il ruolo dell’infrastruttura è svolto dalla cooperazione applicativa.',
    technologies: ['X-Road', 'carta d’identità elettronica estone', 'firma digitale', 'web service'],
    tags: ['interoperabilità', 'x-road', 'registri pubblici', 'identità elettronica', 'esperienze europee'],
    cost: [100000, 400000],
  },
  {
    key: 'm-parking',
    kinds: [F],
    countries: ['EE'],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['La sosta pagata con il cellulare {aCitta}'],
    summaries: [
      'Nelle zone a pagamento {delEnte} la sosta si avvia e si chiude con una chiamata o un SMS e si paga a minuti nella bolletta telefonica; gli ausiliari verificano i pagamenti dalla targa.',
    ],
    problem:
      'I parcometri erano costosi da mantenere e poco amati: gli automobilisti pagavano in anticipo più del necessario e le casse erano spesso oggetto di furti.',
    solution:
      '{ente} ha introdotto il pagamento della sosta con il telefono cellulare: l’automobilista avvia e chiude la sosta con una chiamata o un SMS, paga solo i minuti effettivi nella bolletta telefonica e gli ausiliari verificano i pagamenti con un terminale portatile.',
    steps: [
      'accordo con gli operatori di telefonia mobile per l’addebito in bolletta',
      'banca dati delle soste consultabile dagli ausiliari con terminali portatili',
      'campagna informativa per residenti e visitatori',
      'riduzione graduale dei parcometri nelle {k} zone tariffarie',
    ],
    results: 'Il {pct}% delle soste si paga ormai con il cellulare; i costi di gestione dei parcometri sono scesi del {pct2}%.',
    resultsUpdate: 'Il pagamento con il cellulare è stato esteso ai parcheggi degli ospedali e degli impianti sportivi della città.',
    replicability: 'Servono accordi con gli operatori mobili e una norma locale sul controllo elettronico dei pagamenti; capitolato e regolamento sono disponibili in inglese.',
    technologies: ['SMS', 'telefonia mobile', 'addebito in bolletta', 'terminali portatili'],
    tags: ['sosta', 'mobilità', 'pagamenti con il cellulare', 'esperienze europee', 'sms'],
    cost: [50000, 250000],
  },
  {
    key: 'open-data-bcn',
    since: 2010,
    kinds: [F],
    countries: ['ES'],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Open Data BCN: i dati aperti {delEnte}'],
    summaries: [
      '{ente} pubblica nel catalogo Open Data BCN i dati su popolazione, bilancio, trasporti e servizi urbani: {k} dataset riutilizzabili anche a fini commerciali da cittadini e imprese.',
    ],
    problem:
      'I dati dell’amministrazione erano dispersi tra uffici e società municipali e pubblicati solo come rapporti in PDF: chi voleva riusarli per studi o servizi doveva chiederli caso per caso.',
    solution:
      '{ente} ha avviato il portale Open Data BCN, con un catalogo unico, dati scaricabili in formati aperti e condizioni d’uso che ne permettono il riuso anche commerciale.',
    steps: [
      'censimento dei dati disponibili presso uffici e società municipali',
      'pubblicazione dei primi {k} dataset in CSV, XML e formati geografici',
      'incontri con sviluppatori, università e imprese',
      'aggiornamento periodico dei dataset più richiesti',
    ],
    results: 'I dataset sono stati scaricati {n} volte nel primo anno; sono nate {k2} applicazioni realizzate da terzi.',
    resultsUpdate: 'Il catalogo si è arricchito dei dati sul trasporto pubblico e di servizi di accesso dedicati agli sviluppatori.',
    replicability: 'Il metodo di censimento dei dati, le condizioni d’uso e il modello di catalogo sono riusabili; serve un referente per i dati in ogni area dell’amministrazione.',
    technologies: ['portale open data', 'CSV', 'XML', 'KML'],
    tags: ['open data', 'dati aperti', 'esperienze europee', 'riuso dei dati', 'trasparenza'],
    cost: [60000, 250000],
  },
  {
    key: 'wifi-bcn',
    since: 2008,
    kinds: [F],
    countries: ['ES'],
    themes: [Theme.PUBLIC_CONNECTIVITY],
    titles: ['Barcelona WiFi: la rete pubblica {delEnte}'],
    summaries: [
      'Con Barcelona WiFi {ente} offre accesso gratuito a internet in biblioteche, mercati, parchi e sedi municipali, con una velocità che non fa concorrenza agli operatori privati.',
    ],
    problem:
      'Nei quartieri con meno connessioni domestiche molti residenti non avevano accesso a internet, e i visitatori non trovavano connettività nei luoghi pubblici.',
    solution:
      '{ente} ha realizzato una rete wi-fi pubblica sulla propria rete in fibra e sugli edifici municipali, con velocità limitata per non sostituirsi agli operatori commerciali e una registrazione semplice per residenti e visitatori.',
    steps: [
      'uso della rete in fibra municipale come dorsale',
      'installazione dei punti di accesso in biblioteche, mercati, parchi e sedi dei distretti',
      'regole d’uso concordate con l’autorità di regolazione delle telecomunicazioni',
      'misurazione dell’uso quartiere per quartiere',
    ],
    results: 'Le connessioni sono circa {n} al giorno; il {pct}% arriva dai quartieri con meno connessioni domestiche.',
    resultsUpdate: 'I punti di accesso sono stati estesi ai principali spazi all’aperto e alle fermate più frequentate.',
    replicability: 'Il modello di rete pubblica complementare agli operatori, le regole d’uso e il capitolato sono riusabili; in Italia vanno verificati gli obblighi di identificazione degli utenti.',
    technologies: ['wi-fi', 'fibra ottica municipale', 'portale di accesso'],
    tags: ['wi-fi', 'connettività', 'digital divide', 'esperienze europee', 'spazi pubblici'],
    cost: [300000, 1500000],
  },
  {
    key: 'sede-electronica',
    since: 2008,
    kinds: [F],
    countries: ['ES'],
    themes: [Theme.CITIZEN_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['Pratiche online nella sede elettronica {delEnte}'],
    summaries: [
      'Nella sede elettronica {delEnte} residenti e imprese presentano online domande e istanze e ne seguono lo stato, identificandosi con il DNI elettronico o con il certificato digitale idCAT.',
    ],
    problem:
      'La legge spagnola 11/2007 ha riconosciuto ai cittadini il diritto di trattare con l’amministrazione per via elettronica, ma gran parte delle pratiche comunali richiedeva ancora la presenza allo sportello.',
    solution:
      '{ente} ha aperto una sede elettronica con un catalogo unico delle pratiche, l’identificazione con il DNI elettronico o con il certificato idCAT, il registro elettronico delle istanze e una cartella personale dove seguirne lo stato.',
    steps: [
      'catalogo delle pratiche e semplificazione dei moduli',
      'identificazione con DNI elettronico e certificato idCAT',
      'registro elettronico collegato ai sistemi degli uffici',
      'assistenza telefonica e negli uffici di attenzione al cittadino',
    ],
    results: 'Sono disponibili online {k} pratiche; le istanze elettroniche sono state {n} nel primo anno, il {pct2}% del totale.',
    resultsUpdate: 'Le pratiche online sono più che raddoppiate e il {pct}% delle istanze delle imprese arriva per via elettronica.',
    replicability: 'Il catalogo delle pratiche, il modello di registro elettronico e le regole organizzative sono riusabili; l’identificazione va adattata a CNS e firma digitale.',
    technologies: ['DNI elettronico', 'certificato idCAT', 'registro elettronico', 'firma digitale'],
    tags: ['sede elettronica', 'pratiche online', 'identità digitale', 'esperienze europee', 'cittadini'],
    cost: [150000, 600000],
  },
];

/** Twinning objectives, filled with the practice title and the receiving administrations. */
export const TWINNING_OBJECTIVES = [
  'Trasferire l’esperienza "{pratica}" verso {riceventi}: analisi dell’organizzazione di partenza, adattamento delle procedure, consegna del kit di riuso e formazione degli operatori.',
  'Accompagnare {riceventi} nell’adozione della pratica "{pratica}" con visite di studio, affiancamento sul campo e un piano di avvio condiviso.',
  'Riusare presso {riceventi} la soluzione "{pratica}", adattando il software in riuso e la modulistica al contesto locale e misurando i risultati dopo sei mesi.',
];

export const TWINNING_NOTES: Record<string, string[]> = {
  APPROVED: ['Approvato dal comitato di coordinamento', 'Approvato: coerente con i criteri di selezione del programma', 'Approvato con il piano di lavoro allegato'],
  ACTIVE: ['Avviato con la visita di studio presso l’ente offerente', 'Trasferimento avviato: consegnato il kit di riuso', 'Avvio delle attività di affiancamento'],
  COMPLETED: ['Concluso: la pratica è in esercizio presso le amministrazioni riceventi', 'Concluso con la relazione finale sui risultati', 'Chiuso con il collaudo del servizio'],
  CANCELLED: ['Annullato su richiesta dell’amministrazione ricevente', 'Annullato: risorse non disponibili nei tempi del programma', 'Annullato per sovrapposizione con un altro progetto regionale'],
};

export const UPDATE_SUMMARIES = ['Aggiornati i risultati con i dati più recenti', 'Aggiunte le etichette sul riuso', 'Aggiornata la sezione sui risultati dopo il monitoraggio annuale'];
