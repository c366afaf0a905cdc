import { MemberStatus, renderMarkdown, Role } from '@app/core';
import { AdministrationEntity, AdministrationKind, MemberEntity, Position, Region, Theme } from '@app/members';
import { demoId, DEMO_PASSWORD, rng } from './demo-ids.js';
import type { SeedStep } from './seed-step.js';

export interface DemoAdministration {
  /** Stable key of the demo row (its id is derived from it); the IPA code where there is one. */
  key: string;
  ipaCode: string | null;
  name: string;
  kind: AdministrationKind;
  region: Region | null;
  country: string;
  /** Its territory inside an Italian sentence: "di Bari", "della Puglia", "del Salento". */
  territory: string;
  /** The first year the body exists as such (practices it offers start no earlier). */
  since?: number;
}

const { MUNICIPALITY: M, REGION: R, PROVINCE: P, UNION_OF_MUNICIPALITIES: U, HEALTH_AUTHORITY: H } = AdministrationKind;

const italian = (key: string, ipaCode: string | null, name: string, kind: AdministrationKind, region: Region, territory: string, since?: number): DemoAdministration => ({
  key,
  ipaCode,
  name,
  kind,
  region,
  country: 'IT',
  territory,
  since,
});

/**
 * Administrations of the demo, as the IPA names them: receiving ones in the four Convergence regions,
 * offering ones there and elsewhere in Italy and the EU, and the programme's coordinating department.
 * Municipalities carry `c_` + their cadastral code, regions and provinces their IPA codes. Milan and Rome
 * are municipalities (Roma Capitale is the Comune di Roma with special status since 2010); the
 * metropolitan cities are other bodies, created only in 2015, so none belongs to this 2011 community.
 * The IPA codes of the two unions and of the ASP were not checked against the registry: left empty.
 */
/** The province of each Italian demo administration (of its seat, for regions and other bodies), by key. */
const DEMO_PROVINCES: Record<string, string> = {
  pcm: 'RM',
  c_f839: 'NA', c_h703: 'SA', c_b963: 'CE', c_a509: 'AV', c_a783: 'BN', r_campan: 'NA',
  c_a662: 'BA', c_e506: 'LE', c_d643: 'FG', c_l049: 'TA', p_le: 'LE', r_puglia: 'BA', u_greciasalentina: 'LE',
  c_g273: 'PA', c_c351: 'CT', c_f158: 'ME', c_i754: 'SR', c_h163: 'RG', asp_pa: 'PA', r_sicili: 'PA',
  c_h224: 'RC', c_c352: 'CZ', c_d086: 'CS', c_m208: 'CZ', r_calabr: 'CZ',
  c_a944: 'BO', c_f257: 'MO', r_emiro: 'BO', u_terredicastelli: 'MO',
  c_l219: 'TO', c_f205: 'MI', c_d612: 'FI', r_toscan: 'FI', c_l736: 'VE', pat: 'TN', c_h501: 'RM',
};

export const DEMO_ADMINISTRATIONS: DemoAdministration[] = [
  {
    key: 'pcm',
    ipaCode: 'pcm',
    name: 'Presidenza del Consiglio dei Ministri - Dipartimento per la digitalizzazione della pubblica amministrazione e l’innovazione tecnologica',
    kind: AdministrationKind.CENTRAL_ADMINISTRATION,
    region: Region.LAZIO,
    country: 'IT',
    territory: 'nazionale',
  },
  italian('c_f839', 'c_f839', 'Comune di Napoli', M, Region.CAMPANIA, 'di Napoli'),
  italian('c_h703', 'c_h703', 'Comune di Salerno', M, Region.CAMPANIA, 'di Salerno'),
  italian('c_b963', 'c_b963', 'Comune di Caserta', M, Region.CAMPANIA, 'di Caserta'),
  italian('c_a509', 'c_a509', 'Comune di Avellino', M, Region.CAMPANIA, 'di Avellino'),
  italian('c_a783', 'c_a783', 'Comune di Benevento', M, Region.CAMPANIA, 'di Benevento'),
  italian('r_campan', 'r_campan', 'Regione Campania', R, Region.CAMPANIA, 'della Campania'),
  italian('c_a662', 'c_a662', 'Comune di Bari', M, Region.PUGLIA, 'di Bari'),
  italian('c_e506', 'c_e506', 'Comune di Lecce', M, Region.PUGLIA, 'di Lecce'),
  italian('c_d643', 'c_d643', 'Comune di Foggia', M, Region.PUGLIA, 'di Foggia'),
  italian('c_l049', 'c_l049', 'Comune di Taranto', M, Region.PUGLIA, 'di Taranto'),
  italian('p_le', 'p_le', 'Provincia di Lecce', P, Region.PUGLIA, 'del Salento'),
  italian('r_puglia', 'r_puglia', 'Regione Puglia', R, Region.PUGLIA, 'della Puglia'),
  italian('u_greciasalentina', null, 'Unione dei Comuni della Grecìa Salentina', U, Region.PUGLIA, 'della Grecìa Salentina'),
  italian('c_g273', 'c_g273', 'Comune di Palermo', M, Region.SICILIA, 'di Palermo'),
  italian('c_c351', 'c_c351', 'Comune di Catania', M, Region.SICILIA, 'di Catania'),
  italian('c_f158', 'c_f158', 'Comune di Messina', M, Region.SICILIA, 'di Messina'),
  italian('c_i754', 'c_i754', 'Comune di Siracusa', M, Region.SICILIA, 'di Siracusa'),
  italian('c_h163', 'c_h163', 'Comune di Ragusa', M, Region.SICILIA, 'di Ragusa'),
  // The Sicilian ASPs replaced the AUSLs on 1 September 2009 (regional law 5/2009).
  italian('asp_pa', null, 'Azienda Sanitaria Provinciale di Palermo', H, Region.SICILIA, 'della provincia di Palermo', 2009),
  italian('r_sicili', 'r_sicili', 'Regione Siciliana', R, Region.SICILIA, 'della Sicilia'),
  italian('c_h224', 'c_h224', 'Comune di Reggio Calabria', M, Region.CALABRIA, 'di Reggio Calabria'),
  italian('c_c352', 'c_c352', 'Comune di Catanzaro', M, Region.CALABRIA, 'di Catanzaro'),
  italian('c_d086', 'c_d086', 'Comune di Cosenza', M, Region.CALABRIA, 'di Cosenza'),
  italian('c_m208', 'c_m208', 'Comune di Lamezia Terme', M, Region.CALABRIA, 'di Lamezia Terme'),
  italian('r_calabr', 'r_calabr', 'Regione Calabria', R, Region.CALABRIA, 'della Calabria'),
  italian('c_a944', 'c_a944', 'Comune di Bologna', M, Region.EMILIA_ROMAGNA, 'di Bologna'),
  italian('c_f257', 'c_f257', 'Comune di Modena', M, Region.EMILIA_ROMAGNA, 'di Modena'),
  italian('r_emiro', 'r_emiro', 'Regione Emilia-Romagna', R, Region.EMILIA_ROMAGNA, 'dell’Emilia-Romagna'),
  italian('u_terredicastelli', null, 'Unione Terre di Castelli', U, Region.EMILIA_ROMAGNA, 'delle Terre di Castelli'),
  italian('c_l219', 'c_l219', 'Comune di Torino', M, Region.PIEMONTE, 'di Torino'),
  italian('c_f205', 'c_f205', 'Comune di Milano', M, Region.LOMBARDIA, 'di Milano'),
  italian('c_d612', 'c_d612', 'Comune di Firenze', M, Region.TOSCANA, 'di Firenze'),
  italian('r_toscan', 'r_toscan', 'Regione Toscana', R, Region.TOSCANA, 'della Toscana'),
  italian('c_l736', 'c_l736', 'Comune di Venezia', M, Region.VENETO, 'di Venezia'),
  italian('pat', 'p_tn', 'Provincia autonoma di Trento', P, Region.TRENTINO_ALTO_ADIGE, 'del Trentino'),
  italian('c_h501', 'c_h501', 'Roma Capitale', M, Region.LAZIO, 'di Roma'),
  {
    key: 'ee_tallinn',
    ipaCode: null,
    name: 'Tallinna Linnavalitsus (Comune di Tallinn)',
    kind: AdministrationKind.FOREIGN_ADMINISTRATION,
    region: null,
    country: 'EE',
    territory: 'di Tallinn',
  },
  {
    key: 'es_barcelona',
    ipaCode: null,
    name: 'Ajuntament de Barcelona',
    kind: AdministrationKind.FOREIGN_ADMINISTRATION,
    region: null,
    country: 'ES',
    territory: 'di Barcellona',
  },
];

export function demoAdministration(key: string): DemoAdministration {
  const adm = DEMO_ADMINISTRATIONS.find((a) => a.key === key);
  if (!adm) throw new Error(`demo: amministrazione ${key} sconosciuta`);
  return adm;
}

const FIRST = ['Maria', 'Giuseppe', 'Anna', 'Antonio', 'Francesca', 'Salvatore', 'Rosa', 'Vincenzo', 'Giovanna', 'Francesco',
  'Carmela', 'Domenico', 'Angela', 'Pasquale', 'Teresa', 'Luigi', 'Lucia', 'Raffaele', 'Concetta', 'Michele', 'Paola', 'Gennaro',
  'Elena', 'Nicola', 'Rita', 'Carmelo', 'Silvia', 'Sergio', 'Daniela', 'Marco'];
const LAST = ['Esposito', 'Russo', 'Romano', 'Greco', 'Ferrara', 'Lombardi', 'Caruso', 'Marino', 'De Luca', 'Costa', 'Messina',
  'Palumbo', 'Rizzo', 'Gallo', 'Sorrentino', 'Conte', 'Leone', 'Longo', 'Barbieri', 'Amato', 'Santoro', 'Mancuso', 'Vitale',
  'Fiore', 'Cirillo', 'Marchetti', 'Bellini', 'Colombo', 'Ricci', 'Fontana'];
const THEMES = Object.values(Theme);
const { CITIZEN_SERVICES: CIT, BUSINESS_SERVICES: BUS, PROCESS_INNOVATION: PRO, PUBLIC_CONNECTIVITY: SPC, PUBLIC_INFORMATION_ASSETS: PIA, INTEROPERABILITY: INT } = Theme;

interface Profile {
  administration: string | null;
  jobTitle: string;
  /** The theme of the job, always among the member's expertise. */
  theme: Theme;
  position?: Position;
  /** Names of members of foreign administrations, and of namesakes renamed so no two members share a name. */
  first?: string;
  last?: string;
  handle?: string;
}

const at = (administration: string | null, jobTitle: string, theme: Theme, extra: Partial<Profile> = {}): Profile => ({ administration, jobTitle, theme, ...extra });

/**
 * Who each demo member is, by index (the forum threads name their authors by index and say what
 * they do: the demographic services, the SUAP of a union, the open data of a region...). The admin
 * and the three moderators work for the programme's coordinating department; every offering
 * administration has at least one member, who is the contact of its practices; member 45 is the
 * consultant whose promotional post waits in the moderation queue.
 */
const PROFILES: Profile[] = [
  at('pcm', 'Dirigente, coordinamento della comunità di pratica POAT SI', PRO),
  at('pcm', 'Referente dello Sportello informativo del programma', CIT),
  at('pcm', 'Referente per i gemellaggi AGIRE POR', INT),
  at('pcm', 'Dirigente, selezione e monitoraggio delle buone pratiche', PRO),
  at('c_h703', 'Responsabile dei Servizi demografici', CIT),
  at('c_a509', 'Referente per la rete civica e il wi-fi pubblico', SPC),
  at('c_a662', 'Dirigente Affari generali e protocollo', PRO),
  at('c_b963', 'Responsabile del protocollo informatico', PRO),
  at('c_c351', 'Responsabile dell’Ufficio SIT', PIA),
  at('u_greciasalentina', 'Dirigente SUAP e attività produttive', BUS),
  at('c_g273', 'Referente per la cooperazione applicativa', INT),
  at('p_le', 'Referente per gli acquisti telematici', BUS),
  at('c_e506', 'Dirigente Pubblica istruzione e servizi scolastici', CIT),
  at('c_f158', 'Referente per le reti e la telefonia', SPC),
  at('c_a783', 'Responsabile dello Sportello polifunzionale', CIT),
  at('c_d643', 'Dirigente Urbanistica ed edilizia privata', BUS),
  at('asp_pa', 'Responsabile del Centro unico di prenotazione', INT),
  at('c_c352', 'Referente open data', PIA),
  at('r_puglia', 'Dirigente Sistemi informativi sanitari', INT),
  at('c_i754', 'Responsabile dell’Ufficio anagrafe', CIT),
  at('c_h224', 'Referente per la firma digitale e gli atti amministrativi', PRO),
  at('c_m208', 'Dirigente Innovazione tecnologica', PRO),
  at('u_greciasalentina', 'Responsabile dei sistemi informativi associati', SPC),
  at('u_terredicastelli', 'Responsabile del SUAP associato', BUS),
  at('c_h163', 'Dirigente dei Servizi demografici', INT),
  at('r_emiro', 'Referente open data regionale', PIA),
  at('c_d086', 'Responsabile della conservazione', PRO),
  at('r_calabr', 'Dirigente Settore acquisti e gare', BUS),
  at('c_f839', 'Referente per i pagamenti online dei servizi scolastici', CIT),
  at('c_l049', 'Responsabile reti e telefonia', SPC),
  at('u_terredicastelli', 'Dirigente Sistemi informativi associati', SPC),
  at('c_a662', 'Responsabile del portale istituzionale', CIT),
  at('c_h703', 'Referente del Sistema informativo territoriale', PIA),
  at('r_campan', 'Dirigente Società dell’informazione', PRO),
  at('c_c352', 'Referente per l’interoperabilità', INT),
  at('r_sicili', 'Referente per la gestione documentale', PRO),
  at('c_e506', 'Dirigente Sviluppo economico e SUAP', BUS),
  at('c_d086', 'Responsabile dell’Ufficio anagrafe e stato civile', CIT),
  at('c_l049', 'Referente dello Sportello unico per l’edilizia', BUS),
  at('c_h163', 'Dirigente Innovazione e servizi informatici', SPC),
  at('c_a944', 'Referente per i servizi scolastici online', CIT, { first: 'Gina' }),
  at('c_c351', 'Analista programmatore dell’Ufficio SIT', PIA, { first: 'Eleonora' }),
  at('c_l219', 'Dirigente Servizi informativi', PRO),
  at('c_f257', 'Referente open data', PIA),
  at('r_toscan', 'Referente per il sistema telematico di acquisto', BUS),
  at(null, 'Consulente informatico', CIT, { position: Position.OTHER }),
  at('c_d612', 'Responsabile del portale open data', PIA),
  at('c_f205', 'Responsabile dell’accessibilità dei servizi online', CIT),
  at('c_l736', 'Dirigente Sistemi informativi e reti', SPC),
  at('r_emiro', 'Referente per la telefonia e le reti', SPC),
  at('c_h501', 'Responsabile della gestione documentale', PRO, { first: 'Serena' }),
  at('pat', 'Dirigente Servizi per la semplificazione', PRO),
  at('ee_tallinn', 'Responsabile dei servizi elettronici della città', INT, { first: 'Kadri', last: 'Tamm', handle: 'k.tamm' }),
  at('es_barcelona', 'Referente per i dati aperti e i servizi online', PIA, { first: 'Jordi', last: 'Puig', handle: 'j.puig' }),
];

export interface DemoMember {
  id: string;
  handle: string;
  displayName: string;
  role: Role;
  position: Position;
  jobTitle: string;
  administrationKey: string | null;
  expertise: Theme[];
}

/** 54 members: the admin and 3 moderators of the coordination, managers and officials of the administrations. */
export function demoMembers(): DemoMember[] {
  const random = rng(2011);
  const used = new Set<string>();
  const list: DemoMember[] = [];
  for (const [i, profile] of PROFILES.entries()) {
    let first = FIRST[i % FIRST.length];
    let last = LAST[(i * 7) % LAST.length];
    let handle = `${first[0]}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    while (used.has(handle)) {
      last = LAST[Math.floor(random() * LAST.length)];
      first = FIRST[Math.floor(random() * FIRST.length)];
      handle = `${first.slice(0, 2)}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    }
    used.add(handle);
    const expertise = THEMES.filter((theme) => random() < 0.35 || theme === profile.theme);
    list.push({
      id: demoId('member', profile.handle ?? handle),
      handle: profile.handle ?? handle,
      displayName: `${profile.first ?? first} ${profile.last ?? last}`,
      role: i === 0 ? Role.ADMIN : i <= 3 ? Role.MODERATOR : Role.MEMBER,
      position: profile.position ?? (i % 3 === 0 ? Position.MANAGER : Position.OFFICIAL),
      jobTitle: profile.jobTitle,
      administrationKey: profile.administration,
      expertise,
    });
  }
  return list;
}

function bio(m: DemoMember): string {
  if (!m.administrationKey) return 'Consulente per i servizi digitali degli enti locali.';
  const adm = demoAdministration(m.administrationKey);
  const manager = m.position === Position.MANAGER;
  if (adm.kind === AdministrationKind.CENTRAL_ADMINISTRATION) {
    return `Lavoro al Dipartimento per la digitalizzazione della PA e ${manager ? 'coordino' : 'seguo'} le attività del programma POAT SI per le regioni Convergenza.`;
  }
  return `Lavoro presso ${adm.name} e ${manager ? 'coordino progetti di innovazione' : 'seguo i servizi digitali'} per cittadini, imprese e amministrazioni.`;
}

export const membersSeed: SeedStep = {
  name: 'amministrazioni e membri',
  async run({ em, hasher }) {
    await em.getRepository(AdministrationEntity).upsert(
      DEMO_ADMINISTRATIONS.map((a) => ({
        id: demoId('administration', a.key),
        ipaCode: a.ipaCode,
        name: a.name,
        kind: a.kind,
        region: a.region,
        country: a.country,
        province: DEMO_PROVINCES[a.key] ?? null,
      })),
      ['id'],
    );
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    await em.getRepository(MemberEntity).upsert(
      demoMembers().map((m, i) => ({
        id: m.id,
        email: `${m.handle}@demo.buonepratiche.example`,
        handle: m.handle,
        displayName: m.displayName,
        position: m.position,
        jobTitle: m.jobTitle,
        administrationId: m.administrationKey ? demoId('administration', m.administrationKey) : null,
        bio: bio(m),
        bioHtml: renderMarkdown(bio(m)),
        expertise: m.expertise,
        role: m.role,
        status: MemberStatus.ACTIVE,
        passwordHash,
        joinedAt: new Date(Date.UTC(2011, 2, 1 + i)),
      })),
      ['id'],
    );
  },
};
