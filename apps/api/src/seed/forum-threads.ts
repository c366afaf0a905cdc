/**
 * The demo discussions, written for the demo (not copied from anywhere). Members are
 * named by their index in demoMembers() (0 the admin, 1-3 the moderators); `{@n}`
 * becomes a mention of member n. Replies answer the opening post unless `replyTo`
 * names an earlier reply; `useful` is how many members marked it useful.
 */
export interface DemoReply {
  author: number;
  body: string;
  replyTo?: number;
  useful?: number;
  solution?: boolean;
  /** Hidden by a moderator after an upheld flag. */
  hidden?: boolean;
  /** Reported by this member, still waiting in the moderation queue. */
  openFlagBy?: number;
}

export interface DemoThread {
  key: string;
  category: string;
  title: string;
  tags: string[];
  author: number;
  body: string;
  /** Practices discussed, found in the demo catalogue by title. */
  practices?: RegExp[];
  pinned?: boolean;
  locked?: boolean;
  /** How many members marked the opening post useful. */
  useful?: number;
  replies: DemoReply[];
}

export const DEMO_THREADS: DemoThread[] = [
  {
    key: 'benvenuti',
    category: 'generale',
    title: 'Benvenuti nella comunità di pratica: come partecipare',
    tags: ['comunita', 'regole'],
    author: 0,
    pinned: true,
    body: `Benvenute e benvenuti nella comunità di pratica dei dirigenti e dei funzionari delle amministrazioni delle regioni Convergenza.

Qualche indicazione per partecipare:

1. **Presentatevi** in questa discussione: amministrazione, ruolo, temi su cui lavorate.
2. Aprite le nuove discussioni nella **categoria del tema** (servizi ai cittadini, alle imprese, dematerializzazione, SPC, patrimonio informativo, interoperabilità).
3. Quando una risposta vi è servita, segnatela come **utile**; se risolve il vostro problema, indicatela come **soluzione**.
4. Collegate alla discussione le **buone pratiche** della banca dati di cui parlate.

I moderatori sono {@1}, {@2} e {@3}. Per domande sul programma scrivete allo Sportello informativo.`,
    replies: [
      { author: 4, body: 'Ciao a tutti, lavoro ai Servizi demografici e seguo la digitalizzazione delle certificazioni. Felice di confrontarmi con voi.', useful: 2 },
      { author: 9, body: 'Buongiorno! Mi occupo di SUAP e attività produttive: spero di imparare molto dalle esperienze delle amministrazioni offerenti.' },
      { author: 17, body: 'Salve, sono referente open data. Se qualcuno sta pubblicando i primi dataset possiamo scambiarci i modelli di delibera.', useful: 3 },
      { author: 26, body: 'Grazie {@0} per l’avvio. Seguo la conservazione sostitutiva e il protocollo informatico: ci sentiamo nelle rispettive categorie.' },
    ],
  },
  {
    key: 'gemellaggi-proposta',
    category: 'generale',
    title: 'Gemellaggi AGIRE POR: come si presenta una proposta?',
    tags: ['gemellaggi', 'agire-por'],
    author: 7,
    body: `Il nostro comune vorrebbe riusare una pratica di gestione documentale vista nella banca dati. Qualcuno ha già presentato una proposta di gemellaggio?

Non mi è chiaro chi debba scrivere gli obiettivi e il piano di lavoro: l’amministrazione ricevente, quella offerente o entrambe?`,
    replies: [
      {
        author: 2,
        body: `Le fasi sono queste:

- la **richiesta** di supporto (o l’offerta della pratica da parte di chi la detiene);
- l’**abbinamento** con l’amministrazione offerente, secondo i criteri di selezione;
- la **proposta** di gemellaggio con obiettivi, attività, piano di lavoro e budget, scritta insieme;
- l’**approvazione** da parte dell’amministrazione di coordinamento;
- il **trasferimento** (visite di studio, affiancamento, consegna del kit del riuso, formazione) e la chiusura con i risultati.

La proposta la scrivete insieme: la ricevente descrive i fabbisogni, l’offerente cosa può trasferire.`,
        useful: 6,
        solution: true,
      },
      { author: 7, replyTo: 0, body: 'Chiarissimo, grazie {@2}. Quindi conviene contattare prima l’offerente e poi compilare la proposta a quattro mani.' },
      { author: 33, body: 'Aggiungo che aiuta molto indicare fin dall’inizio indicatori misurabili: tempi medi dei procedimenti, pratiche online sul totale, costi evitati.', useful: 3 },
    ],
  },
  {
    key: 'lamezia',
    category: 'generale',
    title: 'Incontro di Lamezia Terme del 22 settembre: materiali e presentazioni',
    tags: ['eventi', 'lamezia-terme'],
    author: 2,
    locked: true,
    body: `A Lamezia Terme è stata presentata la banca dati "Buone Pratiche e Gemellaggi": ruoli delle amministrazioni, criteri di selezione e risorse disponibili.

Raccogliamo qui domande e impressioni di chi ha partecipato.`,
    replies: [
      { author: 21, body: 'Sarebbe possibile avere le slide sui criteri di selezione? Vorrei condividerle con la giunta.', useful: 1 },
      { author: 2, replyTo: 0, body: 'Certo {@21}, le slide sono state inviate a tutti i referenti. Chiudo la discussione: per domande sui gemellaggi usate la discussione dedicata.', useful: 2 },
    ],
  },
  {
    key: 'mense-pagamenti',
    category: 'servizi-cittadini',
    title: 'Pagamenti online delle mense scolastiche: quale piattaforma avete scelto?',
    tags: ['mense', 'pagamenti-online'],
    author: 12,
    practices: [/mens/i],
    body: `Stiamo per abbandonare i buoni pasto cartacei. Vorremmo consentire alle famiglie la ricarica online del credito mensa, con carta o bonifico, e l’avviso via SMS quando il credito sta finendo.

Chi l’ha già fatto: quanto tempo ci è voluto e come avete gestito le famiglie senza carta di credito?`,
    replies: [
      {
        author: 28,
        body: `Da noi la ricarica è possibile online e presso le tabaccherie convenzionate: è stata la scelta decisiva per le famiglie senza carta. In un anno scolastico i pagamenti online sono arrivati al 60%.

Il punto critico è la riconciliazione con la contabilità: chiedete al fornitore il flusso giornaliero degli incassi in formato aperto.`,
        useful: 7,
        solution: true,
      },
      { author: 12, replyTo: 0, body: 'Ottimo consiglio sulla riconciliazione, {@28}. Avete avuto problemi con la privacy per gli SMS ai genitori?' },
      { author: 28, replyTo: 1, body: 'Nessuno: il consenso è raccolto all’iscrizione al servizio, insieme al numero di cellulare.', useful: 2 },
      { author: 40, body: 'Noi abbiamo riusato la stessa soluzione con una convenzione: la scheda nella banca dati descrive bene il kit del riuso.' },
    ],
  },
  {
    key: 'certificati-timbro',
    category: 'servizi-cittadini',
    title: 'Certificati anagrafici online con timbro digitale: esperienze?',
    tags: ['certificati', 'anagrafe'],
    author: 4,
    practices: [/certificat/i],
    body: 'Vorremmo rilasciare online i certificati anagrafici con il contrassegno (timbro digitale) che ne permette la verifica sulla copia stampata. Che riscontro avete avuto da cittadini e uffici che li ricevono?',
    replies: [
      { author: 19, body: 'Gli uffici esterni all’inizio non si fidavano della copia stampata: abbiamo inviato una nota a scuole, banche e studi notarili spiegando come verificarla. Dopo tre mesi i dubbi sono spariti.', useful: 4 },
      { author: 4, replyTo: 0, body: 'Buona idea la nota. Avete previsto anche il pagamento del bollo online?' },
      { author: 19, replyTo: 1, body: 'Sì, per i certificati in bollo; quelli in esenzione restano gratuiti.' },
    ],
  },
  {
    key: 'portale-uso',
    category: 'servizi-cittadini',
    title: 'Portale del cittadino: quanti servizi online sono davvero usati?',
    tags: ['portale', 'accessibilita'],
    author: 31,
    body: 'Il nostro portale offre una trentina di servizi online, ma le statistiche dicono che ne usano davvero tre o quattro. Come avete promosso i servizi meno conosciuti?',
    replies: [
      { author: 14, body: 'Abbiamo semplificato: meno servizi, ma completi dall’inizio alla fine, e un punto di assistenza allo sportello dove un operatore aiuta il cittadino a fare la prima pratica online.', useful: 5 },
      { author: 47, body: 'Contano molto l’accessibilità e i moduli brevi: abbiamo tolto un terzo dei campi obbligatori e le domande online sono raddoppiate.', useful: 3 },
      {
        author: 45,
        body: 'La nostra società offre una piattaforma completa per portali comunali a canone agevolato: contattatemi in privato per un preventivo.',
        openFlagBy: 14,
      },
    ],
  },
  {
    key: 'suap-associato',
    category: 'servizi-imprese',
    title: 'SUAP telematico in forma associata: conviene per i comuni sotto i 5.000 abitanti?',
    tags: ['suap', 'unioni-di-comuni'],
    author: 9,
    useful: 1,
    practices: [/SUAP|sportello unico/i],
    body: `Nella nostra unione quasi tutti i comuni hanno meno di 5.000 abitanti: gestire il SUAP telematico comune per comune sembra impossibile (spesso c’è un solo funzionario per commercio, artigianato e agricoltura).

Qualcuno ha già un SUAP unico per tutti i comuni dell’unione? Come avete ripartito i costi?`,
    replies: [
      {
        author: 23,
        body: `Nell’unione gestiamo un unico SUAP per tutti i comuni: un responsabile, due istruttori e la piattaforma condivisa. I costi sono ripartiti per numero di pratiche dell’anno precedente.

Per le imprese il vantaggio è un solo modulo e una sola PEC; per noi, la formazione fatta una volta sola.`,
        useful: 8,
        solution: true,
      },
      { author: 9, replyTo: 0, body: 'Grazie {@23}! Avete una convenzione tipo da condividere?' },
      { author: 23, replyTo: 1, body: 'È tra i documenti del kit del riuso collegato alla scheda. Se serve, ne parliamo in un gemellaggio.', useful: 3 },
      { author: 36, body: 'Confermo la scelta dell’unione. Attenzione però ai procedimenti edilizi produttivi: concordate subito con gli uffici tecnici chi istruisce cosa.', useful: 2 },
    ],
  },
  {
    key: 'sue-integrazioni',
    category: 'servizi-imprese',
    title: 'Edilizia online (SUE): come gestite le integrazioni documentali?',
    tags: ['sue', 'edilizia'],
    author: 15,
    practices: [/SUE|edilizi/i],
    body: 'Con lo sportello unico per l’edilizia online le richieste di integrazione arrivano via PEC, ma i professionisti rispondono spesso con allegati non firmati o in formati non ammessi. Come vi siete organizzati?',
    replies: [
      { author: 38, body: 'Abbiamo pubblicato un elenco dei formati ammessi (PDF/A firmato, DWF per gli elaborati grafici) e un controllo automatico in fase di caricamento: le pratiche incomplete sono calate del 40%.', useful: 4 },
      { author: 15, replyTo: 0, body: 'Il controllo al caricamento lo fa la piattaforma o un vostro sviluppo?' },
      { author: 38, replyTo: 1, body: 'È una funzione della piattaforma: va solo configurata. Ne parliamo volentieri con {@15} e il suo ufficio tecnico.' },
    ],
  },
  {
    key: 'eprocurement-fornitori',
    category: 'servizi-imprese',
    title: 'Mercato elettronico e gare telematiche: formazione per i fornitori locali',
    tags: ['e-procurement', 'imprese'],
    author: 27,
    practices: [/procurement|gare|acquist/i],
    body: 'Passando alle gare telematiche temiamo di escludere le piccole imprese del territorio. Avete organizzato corsi o uno sportello per i fornitori?',
    replies: [
      { author: 11, body: 'Con la Camera di commercio abbiamo fatto quattro mattinate di formazione pratica: firma digitale, abilitazione, presentazione di un’offerta di prova. Hanno partecipato più di cento imprese.', useful: 5 },
      { author: 44, body: 'Da noi funziona un numero di assistenza nei primi giorni di ogni gara: le domande sono sempre le stesse, abbiamo raccolto le risposte in una guida.', useful: 2 },
    ],
  },
  {
    key: 'protocollo-pec',
    category: 'innovazione-processi',
    title: 'Protocollo informatico e PEC: come evitare la doppia registrazione?',
    tags: ['protocollo', 'pec'],
    author: 26,
    useful: 2,
    practices: [/protocollo/i, /PEC/],
    body: `Ogni messaggio PEC in arrivo viene stampato, protocollato e poi scansionato: un lavoro doppio. La casella PEC istituzionale non è integrata con il protocollo informatico.

Chi ha integrato le due cose? Con quali accorgimenti sulla segnatura?`,
    replies: [
      {
        author: 6,
        body: `Da noi la casella PEC istituzionale è letta direttamente dal sistema di protocollo: il messaggio e gli allegati diventano il documento protocollato, con la segnatura in XML secondo le regole tecniche.

Due accorgimenti: caselle PEC distinte per gli uffici con molto traffico e regole di smistamento automatico per oggetto.`,
        useful: 9,
        solution: true,
      },
      { author: 26, replyTo: 0, body: 'Perfetto {@6}, è esattamente quello che cercavamo. La conservazione la fate sullo stesso sistema?' },
      { author: 6, replyTo: 1, body: 'No, i registri giornalieri di protocollo vanno in conservazione presso un conservatore esterno. Se ne parla nella discussione sulla conservazione.', useful: 2 },
      { author: 50, body: 'Aggiungo: formate gli uffici a non stampare più. È la parte più difficile del progetto, non la tecnologia.', useful: 6 },
    ],
  },
  {
    key: 'conservazione-scelta',
    category: 'innovazione-processi',
    title: 'Conservazione sostitutiva: in house o con un conservatore accreditato?',
    tags: ['conservazione', 'gestione-documentale'],
    author: 35,
    practices: [/conservazione/i],
    body: 'Dobbiamo decidere se fare la conservazione sostitutiva con un nostro sistema o affidarla a un conservatore esterno. Quali costi e quali rischi avete valutato?',
    replies: [
      { author: 26, body: 'Per un comune medio la conservazione in house richiede competenze che difficilmente abbiamo: responsabile della conservazione, manuale, controlli periodici. Abbiamo scelto un conservatore esterno tramite la Regione.', useful: 5 },
      { author: 35, replyTo: 0, body: 'Il manuale della conservazione lo avete scritto voi o il conservatore?' },
      { author: 26, replyTo: 1, body: 'Il conservatore fornisce il suo; noi abbiamo scritto la parte sul nostro sistema documentale e sulle tipologie da conservare.' },
    ],
  },
  {
    key: 'firma-amministratori',
    category: 'innovazione-processi',
    title: 'Firma digitale per gli amministratori: kit e formazione',
    tags: ['firma-digitale', 'formazione'],
    author: 20,
    practices: [/firma/i],
    body: 'Vorremmo che delibere e determine fossero firmate digitalmente da sindaco, assessori e dirigenti. Avete distribuito smart card o token USB? Come avete gestito la formazione?',
    replies: [
      { author: 42, body: 'Token USB per tutti: funzionano anche sui portatili senza lettore. Formazione di un’ora a testa, con una prova di firma su un atto vero. Il passaggio più lento è stato quello degli assessori.', useful: 3 },
      { author: 20, replyTo: 0, body: 'Un’ora sembra poco: avete preparato anche una guida?' },
      { author: 42, replyTo: 1, body: 'Una pagina sola, con le schermate: più di una pagina nessuno la legge.', useful: 4 },
    ],
  },
  {
    key: 'spc-unione',
    category: 'connettivita-spc',
    title: 'Adesione a SPC per un’unione di comuni: tempi e costi reali',
    tags: ['spc', 'unioni-di-comuni'],
    author: 22,
    practices: [/SPC|connettivit/i],
    body: `L’unione sta valutando l’adesione al Sistema pubblico di connettività per collegare i comuni e accedere ai servizi delle amministrazioni centrali.

Quanto tempo è passato tra la richiesta e l’attivazione? I costi sono in linea con quelli del contratto quadro?`,
    replies: [
      {
        author: 30,
        body: `Per noi quattro mesi dalla firma del contratto esecutivo all’ultima sede attiva. I canoni sono quelli del contratto quadro; i costi nascosti sono negli apparati delle sedi più piccole e nei lavori di cablaggio.

Consiglio: fate subito il censimento delle sedi con le linee esistenti, ci ha fatto risparmiare due mesi.`,
        useful: 6,
        solution: true,
      },
      { author: 22, replyTo: 0, body: 'Molto utile, {@30}. Avete centralizzato anche l’accesso a internet?' },
      { author: 30, replyTo: 1, body: 'Sì, con un unico punto di uscita per l’unione e i filtri gestiti centralmente.' },
    ],
  },
  {
    key: 'wifi-piccoli-comuni',
    category: 'connettivita-spc',
    title: 'Wi-fi pubblico nei piccoli comuni: identificazione degli utenti',
    tags: ['wi-fi', 'banda-larga'],
    author: 39,
    practices: [/wi-?fi|banda/i],
    body: 'Vorremmo aprire un wi-fi pubblico in piazza e in biblioteca. Come avete gestito l’identificazione degli utenti richiesta dalla normativa? Con SMS o con registrazione allo sportello?',
    replies: [
      { author: 5, body: 'Registrazione con SMS di conferma: l’utente inserisce il numero di cellulare e riceve le credenziali. Allo sportello solo per chi non ha il cellulare.', useful: 4 },
      { author: 48, body: 'Noi abbiamo federato la nostra rete con quelle di altre amministrazioni: le stesse credenziali valgono in tutte le reti aderenti. Per i turisti è un vantaggio notevole.', useful: 3 },
    ],
  },
  {
    key: 'voip-sedi',
    category: 'connettivita-spc',
    title: 'VoIP tra le sedi comunali: esperienze di migrazione',
    tags: ['voip', 'telefonia'],
    author: 29,
    practices: [/VoIP|telefon/i],
    body: 'Con la rete SPC attiva vorremmo portare la telefonia delle sedi su VoIP. Che risparmi avete misurato e quali problemi avete avuto con i centralini?',
    replies: [
      { author: 13, body: 'Risparmio di circa il 35% sulle chiamate tra sedi, che ora sono gratuite. Il problema vero sono stati i fax: alcuni uffici li usano ancora.', useful: 3 },
      { author: 49, body: 'Tutte sciocchezze, il VoIP non funziona mai e chi lo propone non sa di cosa parla.', hidden: true },
      { author: 29, replyTo: 0, body: 'Per i fax avete trovato una soluzione, {@13}?' },
      { author: 13, replyTo: 2, body: 'Fax server che trasforma i fax in PDF e li invia alla casella dell’ufficio: un passo verso l’abbandono definitivo.', useful: 2 },
    ],
  },
  {
    key: 'open-data-primi',
    category: 'patrimonio-informativo',
    title: 'Open data: quali dataset pubblicare per primi?',
    tags: ['open-data', 'trasparenza'],
    author: 17,
    useful: 2,
    practices: [/open data|dati aperti/i],
    body: `Abbiamo approvato la delibera sugli open data e dobbiamo scegliere i primi dataset. Pensavamo a bilancio, farmacie, scuole e orari degli uffici.

Quali dataset sono stati più scaricati da voi?`,
    replies: [
      {
        author: 25,
        body: `Da noi i più scaricati sono stati: bilancio (previsione e consuntivo), elenco delle strutture (scuole, farmacie, impianti sportivi) con le coordinate, e i dati sulla raccolta differenziata.

Meglio pochi dataset aggiornati con regolarità che molti pubblicati una volta sola.`,
        useful: 10,
        solution: true,
      },
      { author: 17, replyTo: 0, body: 'Ottimo, {@25}. In quali formati li pubblicate?' },
      { author: 25, replyTo: 1, body: 'CSV per i dati tabellari, con un file di descrizione dei campi; KML o shapefile per quelli geografici.', useful: 4 },
      { author: 43, body: 'Suggerisco di coinvolgere le scuole e le associazioni: sono i primi riutilizzatori, e ci hanno segnalato errori che non avremmo mai trovato.', useful: 3 },
    ],
  },
  {
    key: 'sit-catasto',
    category: 'patrimonio-informativo',
    title: 'SIT comunale e dati catastali: aggiornamento dal Portale dei Comuni',
    tags: ['sit', 'catasto'],
    author: 32,
    practices: [/SIT|territorial|catast/i],
    body: 'Scarichiamo le forniture catastali dal Portale dei Comuni ma l’aggiornamento del SIT è ancora manuale. Qualcuno ha automatizzato il caricamento delle variazioni?',
    replies: [
      { author: 8, body: 'Abbiamo uno script notturno che importa le variazioni e le incrocia con i tributi: gli immobili non dichiarati emergono in automatico. In un anno abbiamo recuperato una cifra significativa di ICI arretrata.', useful: 6 },
      { author: 32, replyTo: 0, body: 'Lo script è riusabile? Lavorate con software libero?' },
      { author: 8, replyTo: 1, body: 'Sì, è software libero: trovate i riferimenti nella scheda della pratica. Chiedete pure a me o a {@41}, che l’ha scritto.', useful: 2 },
    ],
  },
  {
    key: 'licenze-open-data',
    category: 'patrimonio-informativo',
    title: 'Licenze per i dati aperti: IODL 2.0 o CC-BY?',
    tags: ['open-data', 'licenze'],
    author: 46,
    body: 'Per i nostri dataset stiamo scegliendo la licenza. La IODL 2.0 sembra pensata apposta per le amministrazioni italiane, ma molti portali usano CC-BY. Voi cosa avete scelto e perché?',
    replies: [
      { author: 17, body: 'Abbiamo scelto la IODL 2.0: è compatibile con CC-BY ed è già nota ai riutilizzatori italiani. L’importante è indicarla chiaramente per ogni dataset.', useful: 4 },
      { author: 46, replyTo: 0, body: 'Grazie {@17}. La indicate anche nei metadati del file?' },
      { author: 17, replyTo: 1, body: 'Sì, nel file di descrizione e nella pagina del dataset.' },
    ],
  },
  {
    key: 'porta-dominio',
    category: 'interoperabilita',
    title: 'Porta di dominio: chi l’ha già qualificata?',
    tags: ['porta-di-dominio', 'spcoop'],
    author: 10,
    practices: [/porta di dominio|cooperazione/i],
    body: `Dobbiamo attivare la porta di dominio per la cooperazione applicativa con la Regione e con l’INPS. Meglio una porta nostra o una condivisa a livello regionale?

Chi ha seguito il percorso di qualificazione: quanto è durato?`,
    replies: [
      {
        author: 34,
        body: `Per un singolo comune consiglio la porta di dominio condivisa messa a disposizione dalla Regione: la qualificazione e la gestione restano in capo a chi ha le competenze.

Noi abbiamo aderito in sei settimane, compresi i test degli accordi di servizio.`,
        useful: 7,
        solution: true,
      },
      { author: 10, replyTo: 0, body: 'Sei settimane è un tempo ragionevole. Gli accordi di servizio li avete scritti voi?' },
      { author: 34, replyTo: 1, body: 'No, quelli principali erano già pubblicati nel registro SICA; abbiamo solo aderito.', useful: 3 },
      { author: 2, body: 'Segnalo a {@10} anche la pratica dell’anagrafe regionale collegata: usa la stessa porta condivisa.' },
    ],
  },
  {
    key: 'ina-saia',
    category: 'interoperabilita',
    title: 'INA-SAIA: allineamento delle anagrafi comunali',
    tags: ['ina-saia', 'anagrafe'],
    author: 24,
    practices: [/INA|SAIA/],
    body: 'Dopo l’adesione a INA-SAIA abbiamo centinaia di anomalie sui codici fiscali. Come le avete smaltite senza bloccare lo sportello anagrafico?',
    replies: [
      { author: 4, body: 'Le abbiamo divise per tipo: le più frequenti (omocodie, errori di trascrizione) si correggono in blocco con l’Agenzia delle Entrate, le altre una per una. Due ore al giorno dedicate, per tre mesi.', useful: 5 },
      { author: 37, body: 'Utile anche un controllo preventivo sulle nuove iscrizioni: da quando lo facciamo le anomalie nuove sono quasi zero.', useful: 3 },
    ],
  },
  {
    key: 'cup-interaziendale',
    category: 'interoperabilita',
    title: 'CUP interaziendale: scambio delle agende tra aziende sanitarie',
    tags: ['cup', 'sanita'],
    author: 16,
    practices: [/CUP|prenotazion/i],
    body: 'Le aziende sanitarie della provincia vogliono un CUP unico, ma ognuna ha il suo sistema di agende. Chi ha realizzato lo scambio delle agende con la cooperazione applicativa?',
    replies: [
      { author: 18, body: 'Noi abbiamo definito un formato comune delle agende e un servizio di prenotazione esposto da ciascuna azienda: il CUP unico li interroga in tempo reale. Il lavoro più lungo è stato armonizzare i codici delle prestazioni.', useful: 4 },
      { author: 16, replyTo: 0, body: 'Armonizzare i codici: immagino mesi di lavoro. Avete usato il nomenclatore regionale?' },
      { author: 18, replyTo: 1, body: 'Sì, il nomenclatore regionale come riferimento, con una tabella di corrispondenza per azienda.', useful: 2 },
    ],
  },
];
