import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { Role } from '@app/core';
import { PracticeEntity, publicCodeProblems } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

const YAML = readFileSync(join(process.cwd(), 'test/ecosystem/fixtures/publiccode.yml'), 'utf8');
const IMPORT = `mutation ($yaml: String!, $administrationId: ID!) {
  importPracticeFromPublicCode(yaml: $yaml, offeringAdministrationId: $administrationId) {
    id slug title summary description themes year technologies tags status repositoryUrl licence version
    offeringAdministration { id } contacts { id }
  }
}`;
const PUBLISH = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { status version } }`;

describe('publiccode.yml: importPracticeFromPublicCode and GET /pratiche/<slug>/publiccode.yml', () => {
  let t: TestApp;
  let administrationId: string;
  let member: Awaited<ReturnType<TestApp['seed']['member']>>;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://buonepratiche.example.it' } });
    administrationId = (await t.seed.administration({ name: 'Comune di Esempio', ipaCode: 'c_esempio' })).id;
    member = await t.seed.member({ administrationId });
  });
  afterAll(() => t.close());

  it('creates a DRAFT practice of the administration from the file: Italian texts, features, licence, repository, technologies from platforms', async () => {
    const res = await t.gql(member, IMPORT, { yaml: YAML, administrationId });
    expect(res.errors).toBeUndefined();
    const practice = res.data.importPracticeFromPublicCode;
    expect(practice).toMatchObject({
      title: 'Albo pretorio online',
      summary: "Pubblicazione degli atti all'albo pretorio online, con ricerca e conservazione.",
      status: 'DRAFT',
      year: 2024,
      repositoryUrl: 'https://github.com/comune-esempio/albo-online',
      licence: 'EUPL-1.2',
      technologies: ['Web', 'Linux', 'PostgreSQL'],
      tags: ['document-management', 'digital-citizenship'],
      offeringAdministration: { id: administrationId },
      contacts: [{ id: member.id }],
    });
    expect(practice.themes).toEqual(['CITIZEN_SERVICES', 'PROCESS_INNOVATION', 'INTEROPERABILITY']);
    expect(practice.description).toContain('**Albo OnLine** gestisce la pubblicazione');
    expect(practice.description).toContain('## Funzionalità\n\n- Pubblicazione con repertorio e periodo\n- Ricerca per oggetto, tipo e data');
    expect(practice.description).not.toContain('Publishes');
  });

  it('refuses an invalid file with BAD_USER_INPUT naming each offending key, and writes nothing', async () => {
    const before = await t.count(PracticeEntity);
    const broken = YAML.replace('developmentStatus: stable', 'developmentStatus: finished')
      .replace('  license: EUPL-1.2\n', '')
      .replace('url: "https://github.com/comune-esempio/albo-online"', 'url: "non è un indirizzo"')
      .replace(/      - Passaggio in conservazione\n/, `      - ${'x'.repeat(120)}\n`);
    const res = await t.gql(member, IMPORT, { yaml: broken, administrationId });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['description.it.features[3]', 'developmentStatus', 'legal.license', 'url']);
    expect(res.errors![0].message).toMatch(/developmentStatus: valore non ammesso/);
    expect(await t.count(PracticeEntity)).toBe(before);
  });

  it('names the line of a YAML syntax error, and asks for an Italian description', async () => {
    const syntax = await t.gql(member, IMPORT, { yaml: 'name: [non chiusa\nurl: x', administrationId });
    expect(syntax.errors?.[0].extensions?.fields).toEqual([{ field: 'yaml', message: expect.stringMatching(/^YAML non valido alla riga \d/) }]);
    const english = YAML.replace(/\n  it:\n    localisedName[\s\S]*?\n  en:/, '\n  en:');
    const noItalian = await t.gql(member, IMPORT, { yaml: english, administrationId });
    expect(noItalian.errors?.[0].extensions?.fields?.[0].field).toBe('description.it');
  });

  it("imports for one's own administration only, unless a moderator", async () => {
    const other = (await t.seed.administration()).id;
    const refused = await t.gql(member, IMPORT, { yaml: YAML, administrationId: other });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const moderator = await t.seed.member({ role: Role.MODERATOR });
    const allowed = await t.gql(moderator, IMPORT, { yaml: YAML, administrationId: other });
    expect(allowed.data.importPracticeFromPublicCode.status).toBe('DRAFT');
    expect((await t.gql(null, IMPORT, { yaml: YAML, administrationId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('writes a published practice with a repository back as a valid publiccode.yml that imports to the same practice (round trip)', async () => {
    const imported = (await t.gql(member, IMPORT, { yaml: YAML, administrationId })).data.importPracticeFromPublicCode;
    const draft = await fetch(`${t.baseUrl}/pratiche/${imported.slug}/publiccode.yml`);
    expect(draft.status).toBe(404);
    const published = await t.gql(member, PUBLISH, { input: { id: imported.id, version: imported.version, changeSummary: 'Pubblicata', status: 'PUBLISHED' } });
    expect(published.errors).toBeUndefined();

    const res = await fetch(`${t.baseUrl}/pratiche/${imported.slug}/publiccode.yml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/yaml/);
    const text = await res.text();
    const written = parse(text);
    expect(publicCodeProblems(written)).toEqual([]);
    expect(written).toMatchObject({
      publiccodeYmlVersion: '0.4',
      name: 'Albo pretorio online',
      url: 'https://github.com/comune-esempio/albo-online',
      landingURL: `https://buonepratiche.example.it/pratiche/${imported.slug}`,
      platforms: ['web', 'linux'],
      legal: { license: 'EUPL-1.2', mainCopyrightOwner: 'Comune di Esempio' },
      maintenance: { type: 'internal', contacts: [{ name: member.displayName }] },
      dependsOn: { open: [{ name: 'PostgreSQL' }] },
      it: { riuso: { codiceIPA: 'c_esempio' } },
    });
    expect(written.description.it.features).toEqual(['Pubblicazione con repertorio e periodo', 'Ricerca per oggetto, tipo e data', 'Annullamento motivato degli atti', 'Passaggio in conservazione']);

    const again = (await t.gql(member, IMPORT, { yaml: text, administrationId })).data.importPracticeFromPublicCode;
    for (const field of ['title', 'summary', 'description', 'themes', 'technologies', 'repositoryUrl', 'licence'] as const) {
      expect([field, again[field]]).toEqual([field, imported[field]]);
    }
  });

  it('answers 404 for a published practice without a repository and for an unknown slug', async () => {
    const plain = await t.seed.practice({ offeringAdministrationId: administrationId });
    expect((await fetch(`${t.baseUrl}/pratiche/${plain.slug}/publiccode.yml`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/pratiche/non-esiste/publiccode.yml`)).status).toBe(404);
  });
});
