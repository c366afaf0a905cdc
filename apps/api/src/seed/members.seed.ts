import { MemberStatus, Role } from '@app/core';
import { AdministrationEntity, AdministrationKind, MemberEntity, Position, Region, Theme } from '@app/members';
import { demoId, DEMO_PASSWORD, rng } from './demo-ids.js';
import type { SeedStep } from './seed-step.js';

type Adm = [key: string, name: string, kind: AdministrationKind, region: Region | null, country: string];
const { MUNICIPALITY: M, REGION: R, PROVINCE: P, UNION_OF_MUNICIPALITIES: U, HEALTH_AUTHORITY: H, METROPOLITAN_CITY: MC } = AdministrationKind;

/** Administrations of the demo: receiving ones in the four Convergence regions, offering ones elsewhere. */
export const DEMO_ADMINISTRATIONS: Adm[] = [
  ['c_f839', 'Comune di Napoli', M, Region.CAMPANIA, 'IT'],
  ['c_h703', 'Comune di Salerno', M, Region.CAMPANIA, 'IT'],
  ['c_b963', 'Comune di Caserta', M, Region.CAMPANIA, 'IT'],
  ['c_a509', 'Comune di Avellino', M, Region.CAMPANIA, 'IT'],
  ['c_a783', 'Comune di Benevento', M, Region.CAMPANIA, 'IT'],
  ['r_campan', 'Regione Campania', R, Region.CAMPANIA, 'IT'],
  ['c_a662', 'Comune di Bari', M, Region.PUGLIA, 'IT'],
  ['c_e506', 'Comune di Lecce', M, Region.PUGLIA, 'IT'],
  ['c_d643', 'Comune di Foggia', M, Region.PUGLIA, 'IT'],
  ['c_l049', 'Comune di Taranto', M, Region.PUGLIA, 'IT'],
  ['p_le', 'Provincia di Lecce', P, Region.PUGLIA, 'IT'],
  ['r_puglia', 'Regione Puglia', R, Region.PUGLIA, 'IT'],
  ['c_g273', 'Comune di Palermo', M, Region.SICILIA, 'IT'],
  ['c_c351', 'Comune di Catania', M, Region.SICILIA, 'IT'],
  ['c_f158', 'Comune di Messina', M, Region.SICILIA, 'IT'],
  ['c_i754', 'Comune di Siracusa', M, Region.SICILIA, 'IT'],
  ['c_h163', 'Comune di Ragusa', M, Region.SICILIA, 'IT'],
  ['asp_pa', 'Azienda Sanitaria Provinciale di Palermo', H, Region.SICILIA, 'IT'],
  ['c_h224', 'Comune di Reggio Calabria', M, Region.CALABRIA, 'IT'],
  ['c_c352', 'Comune di Catanzaro', M, Region.CALABRIA, 'IT'],
  ['c_d086', 'Comune di Cosenza', M, Region.CALABRIA, 'IT'],
  ['c_m208', 'Comune di Lamezia Terme', M, Region.CALABRIA, 'IT'],
  ['ucm_reventino', 'Unione dei Comuni del Reventino', U, Region.CALABRIA, 'IT'],
  ['r_calabr', 'Regione Calabria', R, Region.CALABRIA, 'IT'],
  ['c_a944', 'Comune di Bologna', M, Region.EMILIA_ROMAGNA, 'IT'],
  ['c_f257', 'Comune di Modena', M, Region.EMILIA_ROMAGNA, 'IT'],
  ['r_emiro', 'Regione Emilia-Romagna', R, Region.EMILIA_ROMAGNA, 'IT'],
  ['c_l219', 'Comune di Torino', M, Region.PIEMONTE, 'IT'],
  ['c_f205', 'Comune di Milano', MC, Region.LOMBARDIA, 'IT'],
  ['c_d612', 'Comune di Firenze', M, Region.TOSCANA, 'IT'],
  ['c_g999', 'Comune di Prato', M, Region.TOSCANA, 'IT'],
  ['r_toscan', 'Regione Toscana', R, Region.TOSCANA, 'IT'],
  ['c_l736', 'Comune di Venezia', M, Region.VENETO, 'IT'],
  ['c_l483', 'Comune di Udine', M, Region.FRIULI_VENEZIA_GIULIA, 'IT'],
  ['pat', 'Provincia autonoma di Trento', P, Region.TRENTINO_ALTO_ADIGE, 'IT'],
  ['c_h501', 'Roma Capitale', MC, Region.LAZIO, 'IT'],
  ['ee_tallinn', 'Tallinna Linnavalitsus (Comune di Tallinn)', AdministrationKind.FOREIGN_ADMINISTRATION, null, 'EE'],
  ['es_barcelona', 'Ajuntament de Barcelona', AdministrationKind.FOREIGN_ADMINISTRATION, null, 'ES'],
];

/** The province of each Italian demo administration (of its seat, for regions and health authorities). */
const DEMO_PROVINCES: Record<string, string> = {
  c_f839: 'NA', c_h703: 'SA', c_b963: 'CE', c_a509: 'AV', c_a783: 'BN', r_campan: 'NA',
  c_a662: 'BA', c_e506: 'LE', c_d643: 'FG', c_l049: 'TA', p_le: 'LE', r_puglia: 'BA',
  c_g273: 'PA', c_c351: 'CT', c_f158: 'ME', c_i754: 'SR', c_h163: 'RG', asp_pa: 'PA',
  c_h224: 'RC', c_c352: 'CZ', c_d086: 'CS', c_m208: 'CZ', ucm_reventino: 'CZ', r_calabr: 'CZ',
  c_a944: 'BO', c_f257: 'MO', r_emiro: 'BO', c_l219: 'TO', c_f205: 'MI', c_d612: 'FI', c_g999: 'PO', r_toscan: 'FI',
  c_l736: 'VE', c_l483: 'UD', pat: 'TN', c_h501: 'RM',
};

const FIRST = ['Maria', 'Giuseppe', 'Anna', 'Antonio', 'Francesca', 'Salvatore', 'Rosa', 'Vincenzo', 'Giovanna', 'Francesco',
  'Carmela', 'Domenico', 'Angela', 'Pasquale', 'Teresa', 'Luigi', 'Lucia', 'Raffaele', 'Concetta', 'Michele', 'Paola', 'Gennaro',
  'Elena', 'Nicola', 'Rita', 'Carmelo', 'Silvia', 'Sergio', 'Daniela', 'Marco'];
const LAST = ['Esposito', 'Russo', 'Romano', 'Greco', 'Ferrara', 'Lombardi', 'Caruso', 'Marino', 'De Luca', 'Costa', 'Messina',
  'Palumbo', 'Rizzo', 'Gallo', 'Sorrentino', 'Conte', 'Leone', 'Longo', 'Barbieri', 'Amato', 'Santoro', 'Mancuso', 'Vitale',
  'Fiore', 'Cirillo', 'Marchetti', 'Bellini', 'Colombo', 'Ricci', 'Fontana'];
const MANAGER_TITLES = ['Dirigente del Settore Sistemi informativi', 'Dirigente dei Servizi demografici', 'Dirigente SUAP e attività produttive',
  'Responsabile della transizione al digitale', 'Dirigente Innovazione tecnologica', 'Dirigente Affari generali e protocollo'];
const OFFICIAL_TITLES = ['Funzionario informatico', 'Responsabile del protocollo informatico', 'Funzionario del SUAP',
  'Referente open data', 'Responsabile della conservazione', 'Funzionario Ufficio SIT', 'Istruttore direttivo amministrativo',
  'Referente per la cooperazione applicativa'];
const THEMES = Object.values(Theme);

export interface DemoMember {
  id: string;
  handle: string;
  displayName: string;
  role: Role;
  administrationKey: string;
  expertise: Theme[];
}

/** 52 members: an admin of the coordination, 3 moderators, managers and officials of both kinds of administration. */
export function demoMembers(): DemoMember[] {
  const random = rng(2011);
  const used = new Set<string>();
  const list: DemoMember[] = [];
  for (let i = 0; i < 52; i++) {
    let first = FIRST[i % FIRST.length];
    let last = LAST[(i * 7) % LAST.length];
    let handle = `${first[0]}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    while (used.has(handle)) {
      last = LAST[Math.floor(random() * LAST.length)];
      first = FIRST[Math.floor(random() * FIRST.length)];
      handle = `${first.slice(0, 2)}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    }
    used.add(handle);
    // Three in four members are from the Convergence regions, as in the programme.
    const adm = i < 40 ? DEMO_ADMINISTRATIONS[i % 24] : DEMO_ADMINISTRATIONS[24 + (i % 14)];
    const expertise = THEMES.filter(() => random() < 0.35);
    list.push({
      id: demoId('member', handle),
      handle,
      displayName: `${first} ${last}`,
      role: i === 0 ? Role.ADMIN : i <= 3 ? Role.MODERATOR : Role.MEMBER,
      administrationKey: adm[0],
      expertise: expertise.length ? expertise : [THEMES[i % THEMES.length]],
    });
  }
  return list;
}

export const membersSeed: SeedStep = {
  name: 'amministrazioni e membri',
  async run({ em, hasher }) {
    await em.getRepository(AdministrationEntity).upsert(
      DEMO_ADMINISTRATIONS.map(([ipaCode, name, kind, region, country]) => ({
        id: demoId('administration', ipaCode),
        ipaCode: country === 'IT' ? ipaCode : null,
        name,
        kind,
        region,
        country,
        province: DEMO_PROVINCES[ipaCode] ?? null,
      })),
      ['id'],
    );
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    const random = rng(50);
    await em.getRepository(MemberEntity).upsert(
      demoMembers().map((m, i) => {
        const manager = i % 3 === 0;
        const titles = manager ? MANAGER_TITLES : OFFICIAL_TITLES;
        const adm = DEMO_ADMINISTRATIONS.find((a) => a[0] === m.administrationKey)!;
        return {
          id: m.id,
          email: `${m.handle}@demo.buonepratiche.example`,
          handle: m.handle,
          displayName: m.displayName,
          position: manager ? Position.MANAGER : Position.OFFICIAL,
          jobTitle: titles[Math.floor(random() * titles.length)],
          administrationId: demoId('administration', adm[0]),
          bio: `Lavoro presso ${adm[1]} e mi occupo di ${manager ? 'coordinare progetti di innovazione' : 'servizi digitali'} per cittadini e imprese.`,
          expertise: m.expertise,
          role: m.role,
          status: MemberStatus.ACTIVE,
          passwordHash,
          joinedAt: new Date(Date.UTC(2011, 2, 1 + i)),
        };
      }),
      ['id'],
    );
  },
};
