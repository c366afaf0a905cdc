import { AdministrationKind, Theme } from '@app/members';

const { MUNICIPALITY: M, UNION_OF_MUNICIPALITIES: U, METROPOLITAN_CITY: MC, PROVINCE: P, REGION: R, HEALTH_AUTHORITY: H, FOREIGN_ADMINISTRATION: F } =
  AdministrationKind;
const LOCAL = [M, U, MC];

/**
 * One kind of e-government experience of the 2007-2013 period, written for the demo. Texts use
 * placeholders filled per practice: {ente} (il Comune di Bari; capitalised at the start of a sentence),
 * {delEnte} (del Comune di Bari), {citta} (Bari), {aCitta} (a Bari, ad Avellino), {anno}, {anno2} (a later
 * year), {n} (hundreds to thousands), {k} (a few to tens), {pct} and {pct2} (percentages), {mesi}, {giorni}.
 */
export interface PracticeTemplate {
  key: string;
  kinds: AdministrationKind[];
  /** The first year the experience can date from (the law or programme it follows). */
  since?: number;
  themes: Theme[];
  titles: string[];
  summaries: string[];
  problem: string;
  solution: string;
  steps: string[];
  results: string;
  resultsUpdate: string;
  replicability: string;
  technologies: string[];
  tags: string[];
  cost: [number, number];
}

export const PRACTICE_TEMPLATES: PracticeTemplate[] = [
  {
    key: 'suap',
    since: 2010,
    kinds: [M, U, MC],
    themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['SUAP telematico {delEnte}', 'Sportello unico per le attività produttive online {delEnte}', 'Lo sportello unico telematico per le imprese di {citta}'],
    summaries: [
      'Le imprese presentano online, con firma digitale e PEC, tutte le pratiche dello sportello unico per le attività produttive, senza più code agli uffici.',
      'Un unico punto di accesso telematico per aprire, modificare o cessare un’attività produttiva, integrato con il protocollo e con gli enti terzi.',
    ],
    problem:
      'Prima del {anno} le pratiche per aprire un’attività arrivavano su carta, in più copie, e ogni ente coinvolto (ASL, vigili del fuoco, Camera di commercio) riceveva la sua parte per posta. I tempi medi superavano {giorni} giorni e le imprese dovevano tornare più volte allo sportello.',
    solution:
      'Con il DPR 160/2010 {ente} ha attivato lo sportello unico telematico: modulistica online unificata, invio con firma digitale e PEC, protocollazione automatica e inoltro degli endoprocedimenti agli enti terzi in cooperazione applicativa.',
    steps: [
      'analisi dei procedimenti e semplificazione della modulistica con le associazioni di categoria',
      'integrazione della piattaforma con il protocollo informatico e con il portale impresainungiorno',
      'formazione di {k} operatori comunali e dei professionisti del territorio',
      'avvio della SCIA telematica e dismissione dei canali cartacei',
    ],
    results:
      'Nel primo anno sono state gestite online {n} pratiche; i tempi medi di conclusione sono scesi del {pct}% e le richieste di integrazione del {pct2}%.',
    resultsUpdate:
      'A due anni dall’avvio le pratiche telematiche sono oltre {n} l’anno, il 100% di quelle presentate; i tempi medi sono scesi del {pct}% rispetto al cartaceo.',
    replicability:
      'Serve un protocollo informatico con PEC integrata e un responsabile SUAP con poteri di coordinamento; il kit di riuso comprende modulistica, regolamento, schemi di convenzione con gli enti terzi e il piano di formazione.',
    technologies: ['PEC', 'firma digitale', 'cooperazione applicativa SPCoop', 'impresainungiorno.gov.it', 'XML SUAP', 'protocollo informatico'],
    tags: ['suap', 'imprese', 'scia', 'sportello unico', 'dpr 160/2010', 'semplificazione'],
    cost: [60000, 280000],
  },
  {
    key: 'sue',
    kinds: [M, U, MC],
    themes: [Theme.BUSINESS_SERVICES, Theme.CITIZEN_SERVICES],
    titles: ['Sportello unico per l’edilizia online {delEnte}', 'Pratiche edilizie digitali: il SUE telematico di {citta}'],
    summaries: [
      'Professionisti e cittadini presentano online permessi di costruire, DIA e SCIA edilizie e ne seguono lo stato in tempo reale.',
      'Il fascicolo edilizio diventa digitale: presentazione telematica, istruttoria in rete tra uffici e consultazione dell’archivio storico delle pratiche.',
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
    kinds: [M, U, MC, P, R, H],
    themes: [Theme.PROCESS_INNOVATION],
    titles: ['Protocollo informatico e gestione documentale {delEnte}', 'Il protocollo informatico unico {delEnte}', 'Dalla carta al flusso documentale: il protocollo di {citta}'],
    summaries: [
      'Un solo registro di protocollo informatico per tutti gli uffici, con gestione dei flussi documentali, fascicolazione e scansione dei documenti in ingresso.',
      'Protocollo informatico, titolario e fascicolo elettronico adottati in tutta l’amministrazione, con la PEC integrata nella registrazione.',
    ],
    problem:
      'Ogni settore teneva il proprio registro, con numerazioni diverse e documenti che viaggiavano su carta tra gli uffici; ritrovare un atto o sapere chi lo stava trattando era spesso impossibile.',
    solution:
      'In applicazione del DPR 445/2000 e del CAD, {ente} ha adottato un protocollo informatico unico con gestione documentale: i documenti in arrivo sono scansionati e assegnati in rete, le PEC vengono protocollate automaticamente, ogni pratica ha il suo fascicolo elettronico.',
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
    kinds: [M, U, MC, P, R],
    themes: [Theme.PROCESS_INNOVATION, Theme.CITIZEN_SERVICES],
    titles: ['PEC per tutti gli uffici {delEnte}', 'Posta elettronica certificata per cittadini e imprese {aCitta}'],
    summaries: [
      'Una casella PEC per ogni ufficio, pubblicata nell’IPA e integrata con il protocollo, per comunicare con cittadini, imprese e altre amministrazioni con valore legale.',
      'Sostituire raccomandate e fax con la posta elettronica certificata, dentro e fuori l’amministrazione.',
    ],
    problem:
      'Le comunicazioni con valore legale passavano per raccomandate e notifiche cartacee, con costi postali elevati e tempi lunghi; il fax era ancora il canale principale con le altre amministrazioni.',
    solution:
      '{ente} ha attivato caselle PEC istituzionali per tutti gli uffici, le ha pubblicate nell’Indice delle PA e le ha integrate con il protocollo; ai cittadini è stato proposto il servizio PostaCertificat@ con campagne informative.',
    steps: [
      'censimento dei flussi di comunicazione verso imprese, professionisti e altri enti',
      'attivazione di {k} caselle PEC e loro pubblicazione nell’IPA',
      'integrazione con il protocollo per la registrazione automatica dei messaggi',
      'dismissione dei fax con un piano condiviso con i settori',
    ],
    results: 'In un anno sono transitati oltre {n} messaggi PEC; la spesa per raccomandate si è ridotta del {pct}%.',
    resultsUpdate: 'Dal {anno2} le comunicazioni con imprese e professionisti avvengono solo via PEC; la spesa postale è scesa complessivamente del {pct}%.',
    replicability: 'Richiede un protocollo informatico e un gestore PEC accreditato; sono disponibili le circolari interne e il piano di dismissione dei fax.',
    technologies: ['PEC', 'IPA', 'protocollo informatico'],
    tags: ['pec', 'posta elettronica certificata', 'raccomandate', 'ipa', 'risparmio'],
    cost: [5000, 40000],
  },
  {
    key: 'conservazione',
    kinds: [M, MC, P, R, H],
    themes: [Theme.PROCESS_INNOVATION, Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Conservazione sostitutiva dei documenti informatici {delEnte}', 'Il polo di conservazione digitale {delEnte}', 'Conservazione a norma degli atti e dei registri di {citta}'],
    summaries: [
      'Delibere, determine, contratti e registri di protocollo conservati a norma in formato digitale, con firma e marca temporale, senza più stampe da archiviare.',
      'Un servizio di conservazione sostitutiva per i documenti nati digitali, che rende possibile eliminare gli originali cartacei.',
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
    resultsUpdate: 'Con l’estensione ai contratti e alle fatture il sistema conserva più di {n} documenti l’anno, con verifiche di integrità trimestrali.',
    replicability:
      'Il manuale di conservazione, i metadati e le procedure di versamento sono riusabili; serve un sistema documentale che esporti i pacchetti in XML.',
    technologies: ['firma digitale', 'marca temporale', 'XML', 'UNI SInCRO', 'conservazione sostitutiva'],
    tags: ['conservazione', 'archivio digitale', 'cnipa', 'valore legale', 'dematerializzazione'],
    cost: [40000, 200000],
  },
  {
    key: 'albo',
    since: 2009,
    kinds: [M, U, MC, P],
    themes: [Theme.CITIZEN_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['Albo pretorio online {delEnte}', 'L’albo pretorio on line di {citta}: pubblicità legale in rete'],
    summaries: [
      'Dal 1° gennaio 2011 gli atti hanno effetto di pubblicità legale solo se pubblicati online: l’albo pretorio digitale, alimentato direttamente dagli uffici.',
      'Pubblicazioni legali in rete, ricercabili e con la relata di pubblicazione generata automaticamente.',
    ],
    problem:
      'La legge 69/2009 imponeva di pubblicare gli atti sul sito istituzionale; la bacheca fisica era gestita a mano dal messo comunale e gli uffici consegnavano copie cartacee da affiggere.',
    solution:
      '{ente} ha realizzato un albo pretorio online alimentato direttamente dagli uffici attraverso il sistema degli atti: pubblicazione, defissione e relata sono automatiche e l’archivio storico è consultabile.',
    steps: [
      'regolamento per la pubblicazione degli atti e tutela dei dati personali',
      'integrazione con il sistema di gestione delle delibere e delle determine',
      'abilitazione di {k} redattori nei settori',
      'pubblicazione degli atti di altri enti (notifiche, avvisi) con flusso via PEC',
    ],
    results: 'Sono stati pubblicati {n} atti nel primo anno; le consultazioni online superano le {n} visite al mese.',
    resultsUpdate: 'L’albo è stato integrato con la sezione trasparenza: ogni atto pubblicato alimenta anche gli obblighi di pubblicazione previsti dalla legge.',
    replicability: 'Il regolamento e le linee guida per la tutela dei dati personali sono riusabili; il software è disponibile a riuso per enti di ogni dimensione.',
    technologies: ['CMS', 'firma digitale', 'PEC', 'RSS'],
    tags: ['albo pretorio', 'pubblicità legale', 'legge 69/2009', 'trasparenza', 'atti amministrativi'],
    cost: [8000, 60000],
  },
  {
    key: 'tributi',
    kinds: [M, U, MC, F],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Pagamenti online dei tributi locali {delEnte}', 'Paga online: ICI, TARSU e canoni {delEnte}', 'Il portale dei tributi di {citta}'],
    summaries: [
      'Cittadini e imprese consultano la propria posizione tributaria e pagano online con carta di credito o bonifico, ricevendo la quietanza via e-mail.',
      'Posizione tributaria consultabile in rete e pagamenti elettronici dei tributi locali, riconciliati automaticamente con la contabilità.',
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
    kinds: [M, MC],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Mensa scolastica online {delEnte}', 'Servizi scolastici in rete: iscrizioni e pagamenti della mensa {aCitta}'],
    summaries: [
      'Iscrizioni a mensa e trasporto scolastico online, ricariche del borsellino elettronico con carta o presso gli esercenti convenzionati, presenze rilevate in classe.',
      'Le famiglie gestiscono online iscrizioni, ricariche e diete speciali, e ricevono un SMS quando il credito si esaurisce.',
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
    kinds: [M, U, MC, F],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Il portale dei servizi al cittadino {delEnte}', 'Sportello polifunzionale e servizi online di {citta}', 'Rete civica e servizi interattivi {delEnte}'],
    summaries: [
      'Un portale unico per i servizi comunali, con autenticazione forte e pratiche online: certificati, istanze, prenotazioni degli appuntamenti e stato delle richieste.',
      'Sportello polifunzionale fisico e online: un solo punto di contatto per le richieste più frequenti dei cittadini.',
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
    resultsUpdate: 'I servizi online sono diventati {k} e il {pct2}% delle istanze arriva ormai dal portale.',
    replicability: 'Il modello organizzativo dello sportello polifunzionale e il catalogo dei servizi sono riusabili; il portale è disponibile in riuso.',
    technologies: ['carta nazionale dei servizi', 'CMS', 'moduli online', 'prenotazione appuntamenti'],
    tags: ['portale', 'sportello polifunzionale', 'servizi online', 'cittadini', 'front office'],
    cost: [40000, 200000],
  },
  {
    key: 'certificati',
    kinds: [M, MC],
    themes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY],
    titles: ['Certificati anagrafici online con timbro digitale {delEnte}', 'Il certificato a casa: anagrafe online di {citta}'],
    summaries: [
      'Certificati anagrafici e di stato civile stampati a casa, con timbro digitale che ne garantisce l’autenticità, e consultazione online per le altre amministrazioni.',
      'Anagrafe consultabile in rete dalle forze dell’ordine e dagli enti convenzionati; certificati online per i cittadini.',
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
    resultsUpdate: 'Gli enti convenzionati sono diventati {k} e acquisiscono i dati d’ufficio senza chiedere certificati ai cittadini.',
    replicability: 'Lo schema di convenzione per la consultazione dell’anagrafe e le specifiche del timbro digitale sono riusabili.',
    technologies: ['timbro digitale', 'web service', 'carta nazionale dei servizi', 'anagrafe'],
    tags: ['anagrafe', 'certificati', 'timbro digitale', 'decertificazione', 'servizi demografici'],
    cost: [20000, 120000],
  },
  {
    key: 'firma',
    kinds: [M, U, MC, P, R, H],
    themes: [Theme.PROCESS_INNOVATION],
    titles: ['Atti amministrativi digitali e firma digitale {delEnte}', 'Delibere e determine senza carta: l’iter digitale di {citta}'],
    summaries: [
      'Delibere, determine e ordinanze nascono, vengono firmate digitalmente e pubblicate senza mai essere stampate.',
      'L’intero iter degli atti amministrativi gestito in digitale, con firma digitale dei dirigenti e dei pareri contabili.',
    ],
    problem:
      'Ogni determina veniva stampata in più copie, firmata a mano da più soggetti e fatta girare tra gli uffici; i tempi di esecutività dipendevano dai passaggi fisici delle cartelline.',
    solution:
      '{ente} ha distribuito dispositivi di firma digitale a dirigenti e responsabili e ha adottato un sistema di gestione degli atti con iter digitale: proposta, pareri, firma, numerazione, pubblicazione e conservazione.',
    steps: [
      'distribuzione di {k} dispositivi di firma digitale',
      'reingegnerizzazione dell’iter delle determinazioni con il servizio finanziario',
      'collegamento con albo pretorio online e conservazione sostitutiva',
      'affiancamento sul posto nelle prime settimane di avvio',
    ],
    results: 'Sono stati adottati {n} atti interamente digitali; il tempo medio per l’esecutività si è ridotto del {pct}%.',
    resultsUpdate: 'Dal {anno2} anche le delibere di giunta e consiglio seguono l’iter digitale, con un risparmio di carta stimato del {pct}%.',
    replicability: 'Serve un sistema documentale con firma integrata; sono disponibili i flussi degli atti, i modelli e il piano di formazione.',
    technologies: ['firma digitale', 'smart card', 'workflow', 'marca temporale'],
    tags: ['firma digitale', 'atti amministrativi', 'determine', 'delibere', 'dematerializzazione'],
    cost: [15000, 110000],
  },
  {
    key: 'banda-larga',
    kinds: [M, U, P, R, F],
    themes: [Theme.PUBLIC_CONNECTIVITY],
    titles: ['Banda larga e wi-fi pubblico {delEnte}', 'Contro il divario digitale: wi-fi libero {aCitta}', 'Hotspot wi-fi nelle piazze e nelle biblioteche {delEnte}'],
    summaries: [
      'Una rete wi-fi pubblica gratuita in piazze, biblioteche e uffici, e un piano per portare la banda larga nelle frazioni non servite.',
      'Accesso gratuito a internet in mobilità con registrazione via SMS, per cittadini e turisti.',
    ],
    problem:
      'Molte frazioni e aree rurali erano in digital divide, senza offerta ADSL; i cittadini non potevano usare i servizi online che l’ente stava avviando.',
    solution:
      '{ente} ha realizzato una rete wireless con ponti radio che collega le sedi pubbliche e offre hotspot gratuiti in {k} punti, e ha concordato con gli operatori l’estensione della banda larga alle frazioni.',
    steps: [
      'mappatura delle aree in digital divide',
      'realizzazione della dorsale radio tra le sedi pubbliche',
      'installazione degli hotspot con autenticazione via SMS come previsto dalle norme allora vigenti',
      'accordo con gli operatori per l’uso delle infrastrutture pubbliche',
    ],
    results: 'Gli utenti registrati al wi-fi sono {n}; la popolazione in digital divide è scesa del {pct}%.',
    resultsUpdate: 'Gli hotspot sono diventati {k} e la rete è federata con le altre reti wi-fi pubbliche della regione.',
    replicability: 'Il progetto della rete radio, il capitolato e il regolamento d’uso degli hotspot sono riusabili, in particolare dai piccoli comuni.',
    technologies: ['wi-fi', 'ponti radio', 'HiperLAN', 'autenticazione via SMS', 'fibra ottica'],
    tags: ['banda larga', 'wi-fi', 'digital divide', 'connettività', 'piccoli comuni'],
    cost: [80000, 600000],
  },
  {
    key: 'spc',
    kinds: [U, P, R, M],
    themes: [Theme.PUBLIC_CONNECTIVITY, Theme.INTEROPERABILITY],
    titles: ['Connettività SPC per le sedi e gli enti collegati {delEnte}', 'Una rete SPC comune per i piccoli enti: l’esperienza {delEnte}'],
    summaries: [
      'I piccoli comuni aderiscono insieme al Sistema pubblico di connettività: una rete privata virtuale unica, sicura e con costi condivisi.',
      'Connettività SPC e servizi di sicurezza gestiti in forma associata per enti che da soli non avrebbero le competenze.',
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
    resultsUpdate: 'Sulla rete SPC viaggiano ora anche la telefonia VoIP e i servizi del data center condiviso.',
    replicability: 'Lo schema di convenzione, il progetto di rete e il modello di gestione associata sono riusabili da unioni e comunità montane.',
    technologies: ['SPC', 'VPN', 'porta di dominio', 'firewall', 'QXN'],
    tags: ['spc', 'connettività', 'gestione associata', 'unione di comuni', 'sicurezza'],
    cost: [40000, 250000],
  },
  {
    key: 'porta-dominio',
    kinds: [M, MC, P, R, F],
    themes: [Theme.INTEROPERABILITY],
    titles: ['Cooperazione applicativa tra anagrafe e altri enti {delEnte}', 'La porta di dominio {delEnte}: servizi SPCoop per gli enti del territorio', 'Interoperabilità dei dati anagrafici {aCitta}'],
    summaries: [
      'Servizi di cooperazione applicativa esposti attraverso la porta di dominio: gli enti autorizzati interrogano l’anagrafe senza chiedere certificati.',
      'Una porta di dominio e un registro dei servizi per scambiare dati con ASL, questura, INPS e altri comuni secondo le regole SPCoop.',
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
    resultsUpdate: 'Sono stati aggiunti i servizi verso il SUAP e il sistema tributario; gli enti fruitori sono diventati {k}.',
    replicability: 'Gli accordi di servizio e le specifiche dei web service sono pubblicati; serve una porta di dominio qualificata, anche condivisa.',
    technologies: ['SPCoop', 'porta di dominio', 'web service SOAP', 'busta e-gov', 'accordi di servizio'],
    tags: ['cooperazione applicativa', 'interoperabilità', 'porta di dominio', 'anagrafe', 'spcoop'],
    cost: [50000, 300000],
  },
  {
    key: 'ina-saia',
    since: 2008,
    kinds: [M, MC],
    themes: [Theme.INTEROPERABILITY, Theme.CITIZEN_SERVICES],
    titles: ['Comunicazioni anagrafiche telematiche con INA-SAIA {delEnte}', 'Cambio di residenza in tempo reale {aCitta}'],
    summaries: [
      'Le variazioni anagrafiche sono comunicate in tempo reale a INA-SAIA e agli altri enti; il cambio di residenza si chiude in due giorni.',
      'Allineamento dell’anagrafe con l’indice nazionale e con le banche dati degli enti centrali.',
    ],
    problem:
      'Le comunicazioni delle variazioni anagrafiche agli altri enti (motorizzazione, INPS, Agenzia delle entrate) avvenivano in differita o su carta, con disallineamenti che ricadevano sui cittadini.',
    solution:
      '{ente} ha integrato il software anagrafico con il sistema INA-SAIA: ogni variazione viene inviata in tempo reale e notificata agli enti destinatari, in vista del cambio di residenza "in tempo reale" del 2012.',
    steps: [
      'bonifica dell’anagrafe e allineamento dei codici fiscali',
      'integrazione del software anagrafico con il sistema di accesso e interscambio',
      'procedura interna per la chiusura delle pratiche in due giorni lavorativi',
      'modulistica online per la dichiarazione di residenza',
    ],
    results: 'Le posizioni disallineate sono scese del {pct}%; ogni mese vengono trasmesse circa {n} variazioni.',
    resultsUpdate: 'Con il cambio di residenza in tempo reale il {pct}% delle pratiche si chiude entro due giorni lavorativi.',
    replicability: 'Le procedure di bonifica dell’anagrafe e il modello organizzativo per la residenza in tempo reale sono riusabili da ogni comune.',
    technologies: ['INA-SAIA', 'XML', 'SPC', 'web service'],
    tags: ['anagrafe', 'ina-saia', 'residenza', 'interoperabilità', 'servizi demografici'],
    cost: [10000, 70000],
  },
  {
    key: 'sit',
    kinds: [M, U, MC, P, R],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Sistema informativo territoriale {delEnte}', 'Il SIT integrato {delEnte}: cartografia, catasto e toponomastica', 'Webgis e cartografia condivisa {aCitta}'],
    summaries: [
      'Un sistema informativo territoriale che integra cartografia, catasto, piano regolatore e numerazione civica, consultabile dagli uffici e dai cittadini via webgis.',
      'Le informazioni sul territorio diventano un patrimonio comune degli uffici, aggiornato una sola volta e riusato da tutti.',
    ],
    problem:
      'Urbanistica, tributi, lavori pubblici e polizia locale usavano cartografie diverse e non aggiornate; ogni ufficio manteneva i propri stradari e le proprie anagrafi degli immobili.',
    solution:
      '{ente} ha costruito un SIT unico con base cartografica aggiornata, grafo stradale, numeri civici e dati catastali, pubblicato con servizi standard OGC e un webgis per i cittadini e i professionisti.',
    steps: [
      'aggiornamento della base cartografica e del grafo stradale',
      'toponomastica e numerazione civica georeferenziate',
      'integrazione dei dati catastali e del piano regolatore',
      'pubblicazione di {k} strati informativi con servizi WMS e WFS',
    ],
    results: 'Il webgis registra circa {n} consultazioni al mese; le richieste di certificati di destinazione urbanistica si sono ridotte del {pct}%.',
    resultsUpdate: 'Gli strati pubblicati sono saliti a {k} e i dati vengono forniti anche all’infrastruttura dati territoriali regionale.',
    replicability: 'Il modello dati, le procedure di aggiornamento e il webgis basato su software libero sono riusabili; serve una base cartografica aggiornata.',
    technologies: ['GIS', 'PostGIS', 'WMS', 'WFS', 'software libero', 'OGC'],
    tags: ['sit', 'cartografia', 'webgis', 'territorio', 'numerazione civica'],
    cost: [60000, 350000],
  },
  {
    key: 'catasto',
    kinds: [M, U, MC, P],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS, Theme.INTEROPERABILITY],
    titles: ['Integrazione dei dati catastali e tributari {delEnte}', 'Catasto e fiscalità locale: la banca dati integrata di {citta}'],
    summaries: [
      'I dati catastali forniti dall’Agenzia del territorio sono incrociati con anagrafe, tributi e utenze per individuare immobili non dichiarati e aggiornare le rendite.',
      'Una banca dati integrata degli immobili per la fiscalità locale e il contrasto all’evasione.',
    ],
    problem:
      'Le banche dati di catasto, anagrafe e tributi non dialogavano: immobili accatastati ma non dichiarati e utenze senza titolare sfuggivano ai controlli.',
    solution:
      '{ente} ha attivato il portale dei comuni dell’Agenzia del territorio e costruito una banca dati integrata che incrocia periodicamente catasto, anagrafe, tributi e forniture di servizi.',
    steps: [
      'convenzione per l’accesso ai dati catastali',
      'normalizzazione degli indirizzi sulla toponomastica comunale',
      'incrocio periodico con anagrafe, tributi e utenze',
      'gestione delle segnalazioni qualificate all’Agenzia delle entrate',
    ],
    results: 'Sono state individuate {n} posizioni anomale; il gettito recuperato ha coperto il costo del progetto in {mesi} mesi.',
    resultsUpdate: 'Gli incroci sono ora trimestrali e alimentano anche le segnalazioni qualificate per la partecipazione all’accertamento.',
    replicability: 'Il modello dati, le regole di incrocio e le procedure di normalizzazione degli indirizzi sono riusabili.',
    technologies: ['data warehouse', 'ETL', 'portale dei comuni', 'GIS'],
    tags: ['catasto', 'fiscalità locale', 'evasione', 'banche dati', 'immobili'],
    cost: [40000, 200000],
  },
  {
    key: 'open-data',
    since: 2010,
    kinds: [M, MC, P, R, F],
    themes: [Theme.PUBLIC_INFORMATION_ASSETS],
    titles: ['Il portale open data {delEnte}', 'Dati aperti {delEnte}: bilanci, territorio e servizi in formato libero', 'Open data {aCitta}: dal dato all’applicazione'],
    summaries: [
      'Dataset su bilancio, territorio, mobilità e servizi pubblicati in formati aperti con licenza libera, per cittadini, imprese e sviluppatori.',
      'Una politica di dati aperti per impostazione predefinita, con un catalogo ricercabile e un concorso per le applicazioni.',
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
    results: 'I dataset sono stati scaricati {n} volte nel primo anno; sono nate {k} applicazioni realizzate da terzi.',
    resultsUpdate: 'Il catalogo è stato federato con dati.gov.it e aggiornato con i dati di bilancio in formato aperto ogni anno.',
    replicability: 'Linee guida, licenza, modello di delibera e catalogo basato su CKAN sono riusabili; servono un referente e la collaborazione degli uffici.',
    technologies: ['CKAN', 'CSV', 'RDF', 'IODL 2.0', 'API REST'],
    tags: ['open data', 'dati aperti', 'trasparenza', 'riuso dei dati', 'licenze'],
    cost: [15000, 120000],
  },
  {
    key: 'data-center',
    kinds: [U, P, R, MC, F],
    themes: [Theme.PUBLIC_CONNECTIVITY, Theme.PROCESS_INNOVATION],
    titles: ['Data center condiviso per i piccoli comuni {delEnte}', 'Un centro servizi territoriale per gli enti locali: l’esperienza {delEnte}'],
    summaries: [
      'Server, applicativi e backup dei piccoli comuni ospitati in un centro servizi comune, con continuità operativa e sicurezza che nessun ente avrebbe potuto permettersi da solo.',
      'Gli applicativi gestionali dei comuni erogati in modalità ASP da un data center condiviso.',
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
    kinds: [R, P, MC, M, F],
    themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
    titles: ['Piattaforma di e-procurement {delEnte}', 'Gare telematiche e mercato elettronico {delEnte}', 'Acquisti in rete {aCitta}'],
    summaries: [
      'Gare d’appalto telematiche, albo fornitori online e mercato elettronico per gli acquisti sotto soglia, aperti anche agli enti del territorio.',
      'Gli acquisti pubblici in rete: trasparenza, tempi più brevi e risparmi misurabili.',
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
    resultsUpdate: 'La piattaforma è usata da {k} enti del territorio e il mercato elettronico copre il {pct}% degli acquisti sotto soglia.',
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
      'Un unico centro di prenotazione per visite ed esami di tutte le strutture pubbliche e accreditate, con prenotazione telefonica, in farmacia e online.',
      'Le agende di ospedali e ambulatori in un solo sistema, con il pagamento del ticket online e il ritiro dei referti in rete.',
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
    kinds: [M, MC, P, R, H],
    themes: [Theme.PROCESS_INNOVATION, Theme.INTEROPERABILITY],
    titles: ['Ordinativo informatico con la tesoreria {delEnte}', 'Mandati e reversali digitali {delEnte}'],
    summaries: [
      'Mandati di pagamento e reversali di incasso firmati digitalmente e trasmessi al tesoriere in formato XML, senza più distinte cartacee.',
      'Il ciclo della spesa senza carta: dalla liquidazione al pagamento, con firma digitale e flussi XML verso la tesoreria.',
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
    kinds: [M, U, MC, P, R, H],
    themes: [Theme.PUBLIC_CONNECTIVITY],
    titles: ['Telefonia VoIP su rete SPC {delEnte}', 'Voce e dati su un’unica rete: il VoIP {delEnte}'],
    summaries: [
      'Il centralino tradizionale sostituito da una piattaforma VoIP che collega tutte le sedi sulla rete dati, con telefonate gratuite tra gli uffici.',
      'Un’unica rete per voce e dati tra tutte le sedi, con risparmi immediati sulle bollette.',
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
    resultsUpdate: 'Il servizio è stato esteso alle scuole e agli uffici decentrati, con un ulteriore risparmio del {pct2}%.',
    replicability: 'Progetto tecnico, capitolato e piano di migrazione sono riusabili; serve una rete dati adeguata tra le sedi.',
    technologies: ['VoIP', 'SIP', 'Asterisk', 'SPC', 'QoS'],
    tags: ['voip', 'telefonia', 'risparmio', 'spc', 'software libero'],
    cost: [30000, 200000],
  },
  {
    key: 'customer',
    since: 2009,
    kinds: [M, U, MC, P, H],
    themes: [Theme.CITIZEN_SERVICES],
    titles: ['Mettiamoci la faccia: il gradimento dei servizi {delEnte}', 'Customer satisfaction online e agli sportelli {delEnte}'],
    summaries: [
      'Emoticon agli sportelli, online e via telefono per raccogliere il giudizio dei cittadini sui servizi, con risultati pubblicati ogni mese.',
      'Ascoltare i cittadini in modo sistematico e usare i giudizi per migliorare l’organizzazione degli sportelli.',
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
    results: 'Sono stati raccolti {n} giudizi; i giudizi positivi sono passati al {pct}% dopo le prime azioni di miglioramento.',
    resultsUpdate: 'L’indagine è stata estesa a tutti gli sportelli e i risultati sono pubblicati online ogni mese.',
    replicability: 'Metodo, questionari e cruscotto sono riusabili da qualunque amministrazione con sportelli al pubblico.',
    technologies: ['emoticon', 'web', 'SMS', 'cruscotto'],
    tags: ['customer satisfaction', 'mettiamoci la faccia', 'qualità', 'sportelli', 'ascolto'],
    cost: [5000, 40000],
  },
  {
    key: 'fascicolo-sociale',
    kinds: [M, U, MC, H],
    themes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY],
    titles: ['Cartella sociale informatizzata {delEnte}', 'Servizi sociali in rete: la cartella sociale di {citta}'],
    summaries: [
      'Una cartella sociale unica per ogni persona seguita dai servizi, condivisa tra comuni dell’ambito e azienda sanitaria per l’integrazione sociosanitaria.',
      'Gli interventi sociali tracciati in un sistema unico dell’ambito territoriale, con i dati per la programmazione del piano di zona.',
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
