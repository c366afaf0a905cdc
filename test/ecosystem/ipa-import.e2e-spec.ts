import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, AdministrationKind, formatIpaReport, IpaImportService, Region } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const FIXTURE = join(process.cwd(), 'test/ecosystem/fixtures/ipa-enti.csv');

describe('import:ipa (the IPA "Enti" file)', () => {
  let t: TestApp;
  let ipa: IpaImportService;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    ipa = t.app.get(IpaImportService);
    dir = mkdtempSync(join(tmpdir(), 'hub-ipa-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  const byCode = (ipaCode: string) => t.dataSource.getRepository(AdministrationEntity).findOneBy({ ipaCode });

  it('upserts by Codice_IPA with kind, tax code, ISTAT code, region and province, and reports what it skipped with line numbers', async () => {
    // Created by hand before the registry was imported: the import completes it.
    await t.seed.administration({ ipaCode: 'c_f839', name: 'Comune di Napoli (a mano)', region: Region.CAMPANIA, kind: AdministrationKind.OTHER });
    const before = await t.count(AdministrationEntity);

    const report = await ipa.importFile(FIXTURE);

    expect(report).toMatchObject({ created: 11, updated: 1, unchanged: 0, inLiquidation: 1, unit: 'riga' });
    expect(report.skipped.map((s) => [s.line, s.ipaCode])).toEqual([
      [14, null],
      [15, 'noname'],
      [16, 'c_badcf'],
      [17, 'c_d086'],
      [18, 'c_badistat'],
    ]);
    expect(report.skipped[1].reason).toMatch(/Denominazione_ente mancante/);
    expect(report.skipped[2].reason).toMatch(/Codice_fiscale_ente non valido/);
    expect(report.skipped[3].reason).toMatch(/ripetuto/);
    expect(report.skipped[4].reason).toMatch(/Codice_comune_ISTAT non valido/);
    expect(await t.count(AdministrationEntity)).toBe(before + 11);

    expect(await byCode('c_d086')).toMatchObject({
      name: 'Comune di Cosenza', kind: AdministrationKind.MUNICIPALITY, taxCode: '00347720781', istatCode: '078045',
      region: Region.CALABRIA, province: 'CS', country: 'IT',
    });
    expect(await byCode('c_f839')).toMatchObject({ name: 'Comune di Napoli', kind: AdministrationKind.MUNICIPALITY, taxCode: '80014890638', province: 'NA' });
    expect((await byCode('r_campan'))?.kind).toBe(AdministrationKind.REGION);
    expect((await byCode('cmna'))?.kind).toBe(AdministrationKind.METROPOLITAN_CITY);
    expect((await byCode('p_cs'))?.kind).toBe(AdministrationKind.PROVINCE);
    expect(await byCode('ucpresila')).toMatchObject({ kind: AdministrationKind.UNION_OF_MUNICIPALITIES, region: Region.CALABRIA, province: 'CS' });
    expect((await byCode('asp_cs'))?.kind).toBe(AdministrationKind.HEALTH_AUTHORITY);
    expect(await byCode('m_it')).toMatchObject({ kind: AdministrationKind.CENTRAL_ADMINISTRATION, region: Region.LAZIO, province: 'RM' });
    expect((await byCode('unical'))?.kind).toBe(AdministrationKind.UNIVERSITY);
    expect(await byCode('c_a952')).toMatchObject({ name: 'Comune di Bolzano, Gemeinde Bozen', region: Region.TRENTINO_ALTO_ADIGE, province: 'BZ' });
    // A code of the 2005–2016 Sardinian provinces: the region, no sigla.
    expect(await byCode('c_e281')).toMatchObject({ region: Region.SARDEGNA, province: null });
    // Leading zeros lost by a spreadsheet are put back.
    expect(await byCode('c_h501')).toMatchObject({ istatCode: '058091', region: Region.LAZIO });
    expect(await byCode('cons_liq')).toBeNull();
    expect(await byCode('c_short')).toBeNull();

    const printed = formatIpaReport('enti.csv', report);
    expect(printed).toMatch(/^importazione IPA da enti.csv: 11 create, 1 aggiornate, 0 invariate, 6 saltate \(1 in liquidazione, 5 non valide\)\n/);
    expect(printed).toContain('  riga 15: Denominazione_ente mancante');
    expect(printed).toContain('  riga 14: riga non leggibile: numero di colonne errato (34 attese, 3 trovate)');
  });

  it('changes nothing when the same file is imported again', async () => {
    const rows = await t.dataSource.getRepository(AdministrationEntity).find({ order: { id: 'ASC' } });
    const report = await ipa.importFile(FIXTURE);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 12, inLiquidation: 1 });
    expect(report.skipped).toHaveLength(5);
    const after = await t.dataSource.getRepository(AdministrationEntity).find({ order: { id: 'ASC' } });
    expect(after.map((a) => [a.id, a.updatedAt.toISOString()])).toEqual(rows.map((a) => [a.id, a.updatedAt.toISOString()]));
  });

  it('updates only the rows that changed in a newer file', async () => {
    const file = join(dir, 'enti-nuovo.csv');
    writeFileSync(file, readFileSync(FIXTURE, 'utf8').replace('Comune di Cosenza,00347720781', 'Comune di Cosenza (capoluogo),00347720781'));
    const report = await ipa.importFile(file);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 11 });
    expect((await byCode('c_d086'))?.name).toBe('Comune di Cosenza (capoluogo)');
  });

  it('reads the JSON of the open-data API, records as objects or as arrays with their fields', async () => {
    const record = (code: string, name: string, istat: string, liquidation = 'N') => ({
      _id: 1, Codice_IPA: code, Denominazione_ente: name, Codice_fiscale_ente: '80000003781', Tipologia: 'Pubbliche Amministrazioni',
      Codice_Categoria: 'L6', Ente_in_liquidazione: liquidation, Codice_comune_ISTAT: istat, Sito_istituzionale: 'www.example.it',
    });
    const api = join(dir, 'enti-api.json');
    writeFileSync(api, JSON.stringify({
      help: 'https://indicepa.gov.it/ipa-dati/api/3/action/help_show?name=datastore_search', success: true,
      result: { records: [record('c_b774', 'Comune di Carlopoli', '079017'), record('c_liq', 'Ente in liquidazione', '079017', 'S'), record('', 'Senza codice', '079017')], total: 3 },
    }));
    const fromApi = await ipa.importFile(api);
    expect(fromApi).toMatchObject({ created: 1, inLiquidation: 1, unit: 'record' });
    expect(fromApi.skipped).toEqual([{ line: 3, ipaCode: null, reason: 'Codice_IPA mancante' }]);
    expect(await byCode('c_b774')).toMatchObject({ region: Region.CALABRIA, province: 'CZ' });

    const dump = join(dir, 'enti-dump.json');
    const fields = Object.keys(record('x', 'x', 'x'));
    writeFileSync(dump, JSON.stringify({ fields: fields.map((id) => ({ id, type: 'text' })), records: [Object.values(record('c_a662', 'Comune di Bari', '072006'))] }));
    expect(await ipa.importFile(dump)).toMatchObject({ created: 1, skipped: [] });
    expect(await byCode('c_a662')).toMatchObject({ region: Region.PUGLIA, province: 'BA' });
  });

  it('lets the administration picker find any of them by words of the name, IPA code or tax code', async () => {
    const search = async (query: string) =>
      (await t.gql(null, `query ($q: String) { administrations(query: $q, first: 5) { nodes { ipaCode taxCode istatCode province } } }`, { q: query })).data
        .administrations.nodes;
    expect((await search('napoli comune')).map((a: { ipaCode: string }) => a.ipaCode)).toEqual(['c_f839']);
    expect(await search('80011990639')).toEqual([{ ipaCode: 'r_campan', taxCode: '80011990639', istatCode: '063049', province: 'NA' }]);
    expect((await search('M_IT')).map((a: { ipaCode: string }) => a.ipaCode)).toEqual(['m_it']);
  });

  it('imports a file the size of the real registry (23,000 rows) in under 30 seconds', async () => {
    const header = readFileSync(FIXTURE, 'utf8').split('\r\n')[0];
    const columns = header.split(',');
    const lines = [header];
    const provinces = ['078', '063', '072', '082', '058', '015', '001', '021', '090', '111'];
    for (let i = 0; i < 23_000; i++) {
      const values = Object.fromEntries(columns.map((c) => [c, '']));
      Object.assign(values, {
        Codice_IPA: `bench_${i}`, Denominazione_ente: `Ente di prova numero ${i}`, Codice_fiscale_ente: String(90000000000 + i),
        Tipologia: 'Pubbliche Amministrazioni', Codice_Categoria: ['L6', 'L33', 'L7', 'L18'][i % 4], Ente_in_liquidazione: i % 50 === 0 ? 'S' : 'N',
        Codice_comune_ISTAT: `${provinces[i % provinces.length]}${String(1 + (i % 300)).padStart(3, '0')}`,
      });
      lines.push(columns.map((c) => values[c]).join(','));
    }
    const file = join(dir, 'enti-23000.csv');
    writeFileSync(file, lines.join('\r\n'));
    const started = Date.now();
    const report = await ipa.importFile(file);
    const seconds = (Date.now() - started) / 1000;
    expect(report).toMatchObject({ created: 22_540, inLiquidation: 460, skipped: [] });
    expect(seconds).toBeLessThan(30);
  });
});
