import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@app/members';
import { GqlResponse, startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';
import { seedFilesOf } from '../../apps/api/src/seed/seed-files.js';
import { sha256, textExtracted } from '../documents/files.js';

/**
 * The demo community as an Italian public official reads it, through GraphQL: administrations of the
 * right kind, contacts from the offering administration, access channels of the practice's era and
 * place, one summary per practice, an "aggiornata il" that agrees with the changelog.
 */

interface DemoDocument {
  title: string;
  kind: string;
  licence: string;
  version: number;
  url: string;
  sizeBytes: number;
  versions: Array<{ version: number; changeSummary: string | null }>;
}

interface Administration {
  id: string;
  name: string;
  kind: string;
  region: string | null;
  country: string;
  ipaCode: string | null;
  convergence: boolean;
  members: Array<{ id: string }>;
}

interface Practice {
  id: string;
  title: string;
  summary: string;
  description: string;
  results: string | null;
  themes: string[];
  year: number | null;
  technologies: string[];
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  offeringAdministration: Pick<Administration, 'id' | 'name' | 'kind' | 'country'>;
  contacts: Array<{ id: string; handle: string; administration: { id: string; name: string } | null }>;
  updates: Array<{ summary: string; createdAt: string; author: { id: string } }>;
}

const ADMINISTRATIONS = `query Administrations($after: String) {
  administrations(first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name kind region country ipaCode convergence members { id } }
  }
}`;

const PRACTICES = `query Practices($status: PracticeStatus, $after: String) {
  practices(filter: { status: $status }, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title summary description results themes year technologies status version createdAt updatedAt
      offeringAdministration { id name kind country }
      contacts { id handle administration { id name } }
      updates { summary createdAt author { id } }
    }
  }
}`;

/** The kind an administration's name says (IPA names; Roma Capitale is the Comune di Roma with special status). */
const KIND_BY_NAME: Array<[RegExp, string]> = [
  [/^Comune di /, 'MUNICIPALITY'],
  [/^Roma Capitale$/, 'MUNICIPALITY'],
  [/^Città metropolitana /, 'METROPOLITAN_CITY'],
  [/^Regione /, 'REGION'],
  [/^Provincia /, 'PROVINCE'],
  [/^Unione /, 'UNION_OF_MUNICIPALITIES'],
  [/^(Azienda Sanitaria|Azienda Ospedaliera|ASL |ASP )/, 'HEALTH_AUTHORITY'],
  [/^Università /, 'UNIVERSITY'],
  [/^Camera di commercio/i, 'OTHER'],
  [/^(Presidenza del Consiglio dei Ministri|Ministero )/, 'CENTRAL_ADMINISTRATION'],
];

/** Public facts: cadastral codes of the municipalities, IPA codes of regions and provinces, with their region. */
const IPA: Record<string, { name: string; region: string }> = {
  c_f839: { name: 'Comune di Napoli', region: 'CAMPANIA' },
  c_h703: { name: 'Comune di Salerno', region: 'CAMPANIA' },
  c_b963: { name: 'Comune di Caserta', region: 'CAMPANIA' },
  c_a509: { name: 'Comune di Avellino', region: 'CAMPANIA' },
  c_a783: { name: 'Comune di Benevento', region: 'CAMPANIA' },
  c_a662: { name: 'Comune di Bari', region: 'PUGLIA' },
  c_e506: { name: 'Comune di Lecce', region: 'PUGLIA' },
  c_d643: { name: 'Comune di Foggia', region: 'PUGLIA' },
  c_l049: { name: 'Comune di Taranto', region: 'PUGLIA' },
  c_g273: { name: 'Comune di Palermo', region: 'SICILIA' },
  c_c351: { name: 'Comune di Catania', region: 'SICILIA' },
  c_f158: { name: 'Comune di Messina', region: 'SICILIA' },
  c_i754: { name: 'Comune di Siracusa', region: 'SICILIA' },
  c_h163: { name: 'Comune di Ragusa', region: 'SICILIA' },
  c_h224: { name: 'Comune di Reggio Calabria', region: 'CALABRIA' },
  c_c352: { name: 'Comune di Catanzaro', region: 'CALABRIA' },
  c_d086: { name: 'Comune di Cosenza', region: 'CALABRIA' },
  c_m208: { name: 'Comune di Lamezia Terme', region: 'CALABRIA' },
  c_a944: { name: 'Comune di Bologna', region: 'EMILIA_ROMAGNA' },
  c_f257: { name: 'Comune di Modena', region: 'EMILIA_ROMAGNA' },
  c_l219: { name: 'Comune di Torino', region: 'PIEMONTE' },
  c_f205: { name: 'Comune di Milano', region: 'LOMBARDIA' },
  c_d612: { name: 'Comune di Firenze', region: 'TOSCANA' },
  c_l736: { name: 'Comune di Venezia', region: 'VENETO' },
  c_h501: { name: 'Roma Capitale', region: 'LAZIO' },
  r_campan: { name: 'Regione Campania', region: 'CAMPANIA' },
  r_puglia: { name: 'Regione Puglia', region: 'PUGLIA' },
  r_sicili: { name: 'Regione Siciliana', region: 'SICILIA' },
  r_calabr: { name: 'Regione Calabria', region: 'CALABRIA' },
  r_emiro: { name: 'Regione Emilia-Romagna', region: 'EMILIA_ROMAGNA' },
  r_toscan: { name: 'Regione Toscana', region: 'TOSCANA' },
  p_le: { name: 'Provincia di Lecce', region: 'PUGLIA' },
  p_tn: { name: 'Provincia autonoma di Trento', region: 'TRENTINO_ALTO_ADIGE' },
  pcm: { name: 'Presidenza del Consiglio dei Ministri', region: 'LAZIO' },
};

/** When a channel, standard or rule came to exist: a practice that started earlier cannot list or tell of it. */
const ERA: Array<[RegExp, number]> = [
  [/\bSPID\b/, 2016],
  [/pago ?PA/i, 2015],
  [/\bapp IO\b|\bIO\b/, 2020],
  [/\bANPR\b/, 2016],
  [/\bPEC\b|posta elettronica certificata/i, 2005],
  [/carta nazionale dei servizi|\bCNS\b/i, 2004],
  [/\bSPC\b|Sistema pubblico di connettività|SPCoop|porta di dominio|busta e-gov/i, 2005],
  [/INA-SAIA/, 2005],
  [/timbro digitale/i, 2008],
  [/albo pretorio on ?line|legge 69\/2009/i, 2009],
  [/Mettiamoci la faccia/i, 2009],
  [/PostaCertificat@|CEC-PAC/i, 2010],
  [/\bSCIA\b|DPR 160\/2010|XML SUAP/, 2010],
  [/UNI SInCRO/, 2010],
  [/open data|dati aperti/i, 2010],
  [/IODL 2\.0|dati\.gov\.it|impresainungiorno/i, 2011],
  [/residenza in tempo reale|\bIMU\b/i, 2012],
  [/Amministrazione trasparente/i, 2013],
  [/fatturazione elettronica/i, 2014],
];

/** Italian channels and rules a foreign administration does not offer, and the other way round. */
const ITALIAN_ONLY = /\bPEC\b|\bSPC\b|SPCoop|porta di dominio|carta nazionale dei servizi|\bCNS\b|INA-SAIA|IODL|\bIPA\b|impresainungiorno|ABI-CNIPA|\bICI\b|TARSU|\bSUAP\b|\bDPR\b/;
const FOREIGN_ONLY = /X-Road|idCAT|DNI elettronico|Open Data BCN|Barcelona WiFi/;

const year = (iso: string) => new Date(iso).getUTCFullYear();

describe('the demo catalogue, as an Italian public official reads it', () => {
  let t: TestApp;
  let admin: { token: string };
  let administrations: Administration[];
  let practices: Practice[];

  async function allAdministrations(): Promise<Administration[]> {
    const list: Administration[] = [];
    let after: string | null = null;
    do {
      const res: GqlResponse = await t.gql(admin, ADMINISTRATIONS, { after });
      expect(res.errors).toBeUndefined();
      list.push(...res.data.administrations.nodes);
      after = res.data.administrations.pageInfo.hasNextPage ? res.data.administrations.pageInfo.endCursor : null;
    } while (after);
    return list;
  }

  async function allPractices(): Promise<Practice[]> {
    const list: Practice[] = [];
    for (const status of ['PUBLISHED', 'ARCHIVED', 'DRAFT']) {
      let after: string | null = null;
      do {
        const res: GqlResponse = await t.gql(admin, PRACTICES, { status, after });
        expect(res.errors).toBeUndefined();
        list.push(...res.data.practices.nodes);
        after = res.data.practices.pageInfo.hasNextPage ? res.data.practices.pageInfo.endCursor : null;
      } while (after);
    }
    return list;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined, seedFilesOf(t.app));
    // The demo administrator documented in the README signs in with the shared demo password.
    const login = await t.gql(null, `mutation { login(email: "m.esposito@demo.buonepratiche.example", password: "comunita-demo-2011") { token member { handle role } } }`);
    expect(login.errors).toBeUndefined();
    expect(login.data.login.member).toEqual({ handle: 'm.esposito', role: 'ADMIN' });
    admin = { token: login.data.login.token };
    administrations = await allAdministrations();
    practices = await allPractices();
  });
  afterAll(() => t.close());

  it('gives every administration the kind its name says, and an IPA code, name and region that agree', () => {
    expect(administrations.length).toBeGreaterThanOrEqual(30);
    for (const adm of administrations) {
      const foreign = adm.country !== 'IT';
      expect({ name: adm.name, foreign: adm.kind === 'FOREIGN_ADMINISTRATION', region: adm.region === null, ipa: adm.ipaCode === null }).toEqual({
        name: adm.name,
        foreign,
        region: foreign,
        ipa: foreign || adm.ipaCode === null,
      });
      if (foreign) continue;
      const expected = KIND_BY_NAME.find(([pattern]) => pattern.test(adm.name));
      expect({ name: adm.name, kind: expected?.[1] }).toEqual({ name: adm.name, kind: adm.kind });
      expect(adm.convergence).toBe(['CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA'].includes(adm.region!));
      if (adm.ipaCode === null) continue;
      expect(adm.ipaCode).toMatch(/^[a-z0-9_]+$/);
      const shape = { MUNICIPALITY: /^c_[a-z]\d{3}$/, REGION: /^r_[a-z]+$/, PROVINCE: /^p_[a-z]{2}$/ }[adm.kind as string];
      if (shape) expect({ name: adm.name, ipaCode: adm.ipaCode }).toEqual({ name: adm.name, ipaCode: expect.stringMatching(shape) });
      const known = IPA[adm.ipaCode];
      expect({ ipaCode: adm.ipaCode, known: !!known }).toEqual({ ipaCode: adm.ipaCode, known: true });
      expect({ ipaCode: adm.ipaCode, name: adm.name.startsWith(known.name), region: adm.region }).toEqual({
        ipaCode: adm.ipaCode,
        name: true,
        region: known.region,
      });
    }
    const byName = new Map(administrations.map((a) => [a.name, a]));
    expect(byName.get('Comune di Milano')?.kind).toBe('MUNICIPALITY');
    expect(byName.get('Roma Capitale')?.kind).toBe('MUNICIPALITY');
    expect(new Set(administrations.map((a) => a.ipaCode).filter(Boolean)).size).toBe(administrations.filter((a) => a.ipaCode).length);
  });

  it('lists as contacts of every practice only members of its offering administration', () => {
    expect(practices.length).toBeGreaterThanOrEqual(130);
    for (const p of practices) {
      expect(p.contacts.length).toBeGreaterThan(0);
      for (const contact of p.contacts) {
        expect({ practice: p.title, contact: contact.handle, administration: contact.administration?.name }).toEqual({
          practice: p.title,
          contact: contact.handle,
          administration: p.offeringAdministration.name,
        });
      }
    }
    // Every offering administration has members to answer for its practices.
    const withMembers = new Set(administrations.filter((a) => a.members.length).map((a) => a.id));
    for (const p of practices) expect({ offering: p.offeringAdministration.name, hasMembers: withMembers.has(p.offeringAdministration.id) }).toEqual({ offering: p.offeringAdministration.name, hasMembers: true });
  });

  it('lists only access channels and technologies that existed when the practice started, and fit its country', () => {
    for (const p of practices) {
      expect(p.year).not.toBeNull();
      // A practice starts before it is published in the catalogue.
      expect({ title: p.title, startedBeforePublication: p.year! <= year(p.createdAt) }).toEqual({ title: p.title, startedBeforePublication: true });
      const atStart = [p.title, p.summary, p.description, ...p.technologies].join('\n');
      for (const [pattern, since] of ERA) {
        if (pattern.test(atStart)) expect({ title: p.title, mentions: String(pattern), existed: p.year! >= since }).toEqual({ title: p.title, mentions: String(pattern), existed: true });
        // The results may tell of later events, but not of events after their own last update.
        if (pattern.test(p.results ?? '')) expect({ title: p.title, mentions: String(pattern), updated: year(p.updatedAt) >= since }).toEqual({ title: p.title, mentions: String(pattern), updated: true });
      }
      const foreign = p.offeringAdministration.country !== 'IT';
      const text = [p.title, p.summary, p.description, ...p.technologies].join('\n');
      expect({ title: p.title, foreign, italianOnly: ITALIAN_ONLY.test(text), foreignOnly: FOREIGN_ONLY.test(text) }).toEqual({
        title: p.title,
        foreign,
        italianOnly: !foreign && ITALIAN_ONLY.test(text),
        foreignOnly: foreign && FOREIGN_ONLY.test(text),
      });
      // The Sicilian ASPs exist since September 2009; health booking is for health authorities and regions, registry offices for municipalities.
      if (/^Azienda Sanitaria Provinciale/.test(p.offeringAdministration.name)) expect(p.year).toBeGreaterThanOrEqual(2009);
      if (/\bCUP\b/.test(p.title)) expect(['HEALTH_AUTHORITY', 'REGION']).toContain(p.offeringAdministration.kind);
      if (/anagraf/i.test(p.title)) expect(p.offeringAdministration.kind).toBe('MUNICIPALITY');
    }
  });

  it('gives every practice its own summary, with at least 130 published over the six themes', () => {
    const summaries = practices.map((p) => p.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
    expect(new Set(practices.map((p) => p.title)).size).toBe(practices.length);
    for (const p of practices) expect(p.summary.length).toBeGreaterThan(60);
    const published = practices.filter((p) => p.status === 'PUBLISHED');
    expect(published.length).toBeGreaterThanOrEqual(130);
    const themes = new Set(published.flatMap((p) => p.themes));
    expect([...themes].sort()).toEqual(['BUSINESS_SERVICES', 'CITIZEN_SERVICES', 'INTEROPERABILITY', 'PROCESS_INNOVATION', 'PUBLIC_CONNECTIVITY', 'PUBLIC_INFORMATION_ASSETS']);
  });

  it('shows as "aggiornata il" the date of the latest update, or of publication when there is none', () => {
    expect(practices.filter((p) => p.updates.length).length).toBeGreaterThan(5);
    for (const p of practices) {
      const dates = p.updates.map((u) => u.createdAt);
      expect(dates).toEqual([...dates].sort().reverse());
      expect({ title: p.title, updatedAt: p.updatedAt, version: p.version }).toEqual({
        title: p.title,
        updatedAt: dates[0] ?? p.createdAt,
        version: 1 + p.updates.length,
      });
      for (const at of dates) expect(Date.parse(at)).toBeGreaterThan(Date.parse(p.createdAt));
    }
  });

  it('loads the same catalogue when run again, dropping contacts an earlier demo gave from other administrations', async () => {
    const practice = practices[0];
    const stranger = practices.flatMap((p) => p.contacts).find((c) => c.administration?.id !== practice.offeringAdministration.id)!;
    await t.dataSource.query(`INSERT INTO practice_contact ("practiceId", "memberId", "position") VALUES ($1, $2, 5)`, [practice.id, stranger.id]);
    await seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined, seedFilesOf(t.app));
    expect(await allAdministrations()).toEqual(administrations);
    expect(await allPractices()).toEqual(practices);
  });

  it('gives some published practices their documents, downloadable and found by their words', async () => {
    const nodes: Array<{ documents: DemoDocument[] }> = [];
    let after: string | null = null;
    do {
      const res: GqlResponse = await t.gql(null, `query ($after: String) { practices(first: 40, after: $after) { nodes { slug documents { title kind licence version url sizeBytes versions { version changeSummary } } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      nodes.push(...res.data.practices.nodes);
      after = res.data.practices.pageInfo.hasNextPage ? res.data.practices.pageInfo.endCursor : null;
    } while (after);
    const withDocuments = nodes.filter((p) => p.documents.length);
    expect(withDocuments.length).toBeGreaterThanOrEqual(10);
    const documents = withDocuments.flatMap((p) => p.documents);
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(['REUSE_KIT', 'AGREEMENT', 'DATASET']));
    const revised = documents.find((d) => d.version === 2)!;
    expect(revised.versions.map((v) => [v.version, v.changeSummary])).toEqual([
      [2, 'Aggiornato l’articolo sui dati personali'],
      [1, null],
    ]);
    // A published practice's documents are public: the bytes come back whole.
    const kit = documents.find((d) => d.kind === 'REUSE_KIT')!;
    const download = await fetch(kit.url.replace(t.config.publicUrl, t.baseUrl));
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(kit.sizeBytes);
    expect(download.headers.get('etag')).toContain(sha256(bytes));
    expect(bytes.toString('utf8')).toMatch(/^KIT DI RIUSO – /);
    // Extracted in the background like any upload, then found by search.
    await textExtracted(t);
    const found: GqlResponse = await t.gql(null, `{ search(query: "affiancamento riusante", first: 5, kinds: [DOCUMENT]) { nodes { hit { __typename ... on Document { title } } } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data.search.nodes[0].hit).toEqual({ __typename: 'Document', title: 'Schema di convenzione per il riuso' });
  });
});
