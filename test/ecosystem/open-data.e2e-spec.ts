import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Region, Theme } from '@app/members';
import { OPEN_DATA_COLUMNS, PracticeEntity, PracticeStatus } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

const PUBLIC_URL = 'https://buonepratiche.example.it';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCATAPIT = 'http://dati.gov.it/onto/dcatapit#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EU = 'http://publications.europa.eu/resource/authority';

type Node = Record<string, unknown> & { '@id': string; '@type'?: string[] };
type Value = { '@id'?: string; '@value'?: string; '@language'?: string; '@type'?: string };

describe('open data: /opendata/pratiche.csv, .json and the DCAT-AP_IT catalogue', () => {
  let t: TestApp;
  let published: PracticeEntity[];
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL, OPENDATA_PUBLISHER_NAME: 'Dipartimento della Funzione Pubblica', OPENDATA_PUBLISHER_IPA: 'pcm' } });
    const cosenza = await t.seed.administration({ name: 'Comune di Cosenza', ipaCode: 'c_d086', region: Region.CALABRIA });
    const bari = await t.seed.administration({ name: 'Comune di Bari', ipaCode: 'c_a662', region: Region.PUGLIA });
    published = [
      await t.seed.practice({
        title: 'SUAP telematico, "sportello unico"; con virgole, e a capo',
        summary: 'Riga uno\nriga due, con virgola',
        offeringAdministrationId: cosenza.id,
        themes: [Theme.BUSINESS_SERVICES, Theme.INTEROPERABILITY],
        technologies: ['PHP', 'PostgreSQL'],
        tags: ['suap'],
        repositoryUrl: 'https://github.com/comune-cosenza/suap',
        licence: 'EUPL-1.2',
        costEuro: 120000,
        updatedAt: new Date('2012-03-01T10:00:00Z'),
      }),
      await t.seed.practice({ title: 'Protocollo informatico', offeringAdministrationId: bari.id, themes: [Theme.PROCESS_INNOVATION], updatedAt: new Date('2011-06-15T08:00:00Z') }),
    ];
    await t.seed.practice({ title: 'Bozza non pubblicata', offeringAdministrationId: bari.id, status: PracticeStatus.DRAFT, updatedAt: new Date('2013-01-01T00:00:00Z') });
    await t.seed.practice({ title: 'Pratica archiviata', offeringAdministrationId: bari.id, status: PracticeStatus.ARCHIVED });
  });
  afterAll(() => t.close());

  it('answers every published practice as UTF-8 CSV with a header in the documented column order, lists joined with ;', async () => {
    const res = await fetch(`${t.baseUrl}/opendata/pratiche.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.titolo).sort()).toEqual(published.map((p) => p.title).sort());
    const suap = rows.find((r) => r.codice_ipa === 'c_d086')!;
    expect(suap).toEqual({
      id: published[0].id,
      slug: published[0].slug,
      url: `${PUBLIC_URL}/pratiche/${published[0].slug}`,
      titolo: 'SUAP telematico, "sportello unico"; con virgole, e a capo',
      sintesi: 'Riga uno\nriga due, con virgola',
      temi: 'BUSINESS_SERVICES;INTEROPERABILITY',
      anno: '2010',
      amministrazione: 'Comune di Cosenza',
      codice_ipa: 'c_d086',
      regione: 'CALABRIA',
      tecnologie: 'PHP;PostgreSQL',
      etichette: 'suap',
      costo_euro: '120000',
      repository: 'https://github.com/comune-cosenza/suap',
      licenza: 'EUPL-1.2',
      creata_il: published[0].createdAt.toISOString(),
      aggiornata_il: '2012-03-01T10:00:00.000Z',
    });
  });

  it('answers the same rows as JSON, lists as arrays', async () => {
    const res = await fetch(`${t.baseUrl}/opendata/pratiche.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    const rows = (await res.json()) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows.find((r) => r.codice_ipa === 'c_d086')).toMatchObject({ temi: ['BUSINESS_SERVICES', 'INTEROPERABILITY'], tecnologie: ['PHP', 'PostgreSQL'], anno: 2010 });
  });

  it("downloads the catalogue page's filtered list with the page's own parameters, and refuses unknown values with 400", async () => {
    const byRegion = parse(await (await fetch(`${t.baseUrl}/opendata/pratiche.csv?regione=PUGLIA&ordine=titolo`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(byRegion.map((r) => r.titolo)).toEqual(['Protocollo informatico']);
    const byTheme = parse(await (await fetch(`${t.baseUrl}/opendata/pratiche.csv?tema=INTEROPERABILITY&convergenza=1`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(byTheme.map((r) => r.codice_ipa)).toEqual(['c_d086']);
    const byText = parse(await (await fetch(`${t.baseUrl}/opendata/pratiche.csv?q=protocollo`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(byText.map((r) => r.titolo)).toEqual(['Protocollo informatico']);

    const bad = await fetch(`${t.baseUrl}/opendata/pratiche.csv?regione=ATLANTIDE`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: Array<{ extensions: { code: string; fields: Array<{ field: string }> } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fields[0].field).toBe('regione');
  });

  it('describes the dataset as a DCAT-AP_IT catalogue: expanded, every mandatory statement is there', async () => {
    const res = await fetch(`${t.baseUrl}/opendata/catalogo.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const expanded = (await jsonld.expand((await res.json()) as object)) as Node[];
    const node = (id: string) => {
      const found = expanded.find((n) => n['@id'] === id);
      if (!found) throw new Error(`no node ${id}`);
      return found;
    };
    const values = (n: Node, property: string) => (n[property] ?? []) as Value[];
    const one = (n: Node, property: string) => {
      const list = values(n, property);
      expect(list).toHaveLength(1);
      return list[0];
    };
    const italian = (v: Value) => {
      expect(v['@language']).toBe('it');
      expect(v['@value']?.length).toBeGreaterThan(5);
    };

    const catalogues = expanded.filter((n) => n['@type']?.includes(`${DCATAPIT}Catalog`));
    expect(catalogues).toHaveLength(1);
    const catalogue = catalogues[0];
    expect(catalogue['@type']).toContain(`${DCAT}Catalog`);
    italian(one(catalogue, `${DCT}title`));
    italian(one(catalogue, `${DCT}description`));
    const dataset = node(one(catalogue, `${DCAT}dataset`)['@id']!);

    expect(dataset['@type']).toEqual(expect.arrayContaining([`${DCAT}Dataset`, `${DCATAPIT}Dataset`]));
    expect(one(dataset, `${DCT}identifier`)['@value']).toBe('pcm:buone-pratiche');
    italian(one(dataset, `${DCT}title`));
    italian(one(dataset, `${DCT}description`));
    expect(one(dataset, `${DCAT}theme`)['@id']).toBe(`${EU}/data-theme/GOVE`);
    expect(one(dataset, `${DCT}modified`)).toEqual({ '@value': '2012-03-01', '@type': `${XSD}date` });
    expect(one(dataset, `${DCT}accrualPeriodicity`)['@id']).toBe(`${EU}/frequency/IRREG`);

    const publisher = node(one(dataset, `${DCT}publisher`)['@id']!);
    expect(one(dataset, `${DCT}rightsHolder`)['@id']).toBe(publisher['@id']);
    expect(publisher['@type']).toContain(`${DCATAPIT}Agent`);
    expect(one(publisher, `${FOAF}name`)['@value']).toBe('Dipartimento della Funzione Pubblica');
    expect(one(publisher, `${DCT}identifier`)['@value']).toBe('pcm');

    const distributions = values(dataset, `${DCAT}distribution`).map((d) => node(d['@id']!));
    expect(distributions).toHaveLength(2);
    const formats = [];
    for (const distribution of distributions) {
      expect(distribution['@type']).toEqual(expect.arrayContaining([`${DCAT}Distribution`, `${DCATAPIT}Distribution`]));
      formats.push(one(distribution, `${DCT}format`)['@id']);
      const licence = node(one(distribution, `${DCT}license`)['@id']!);
      expect(licence['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(licence['@type']).toContain(`${DCT}LicenseDocument`);
      italian(one(distribution, `${DCT}title`));
      const access = one(distribution, `${DCAT}accessURL`)['@id']!;
      expect(access.startsWith(`${PUBLIC_URL}/opendata/pratiche.`)).toBe(true);
      // The access URL answers (here at the test server's address).
      expect((await fetch(access.replace(PUBLIC_URL, t.baseUrl))).status).toBe(200);
    }
    expect(formats.sort()).toEqual([`${EU}/file-type/CSV`, `${EU}/file-type/JSON`]);
  });
});
