import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PracticeEntity } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

const CREATE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id version repositoryUrl licence } }`;
const UPDATE = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { version repositoryUrl licence updates { summary } } }`;

describe('a practice with software: repositoryUrl and licence', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function author() {
    const administration = await t.seed.administration();
    return { member: await t.seed.member({ administrationId: administration.id }), administrationId: administration.id };
  }
  const input = (administrationId: string, extra: Record<string, unknown>) => ({
    title: 'Albo pretorio online',
    summary: "Pubblicazione degli atti all'albo in forma digitale.",
    description: 'Il comune pubblica gli atti.',
    themes: ['CITIZEN_SERVICES'],
    offeringAdministrationId: administrationId,
    ...extra,
  });

  it('creates a practice with its repository and SPDX licence, spelled as the SPDX list does', async () => {
    const { member, administrationId } = await author();
    const res = await t.gql(member, CREATE, { input: input(administrationId, { repositoryUrl: ' https://github.com/comune/albo ', licence: 'eupl-1.2' }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.createPractice).toMatchObject({ repositoryUrl: 'https://github.com/comune/albo', licence: 'EUPL-1.2' });
  });

  it('refuses a licence that is not an SPDX identifier and a repository that is not http(s), with BAD_USER_INPUT, writing nothing', async () => {
    const { member, administrationId } = await author();
    const before = await t.count(PracticeEntity);
    const licence = await t.gql(member, CREATE, { input: input(administrationId, { licence: 'Licenza libera' }) });
    expect(licence.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(licence.errors?.[0].extensions?.fields?.[0].field).toBe('licence');
    const url = await t.gql(member, CREATE, { input: input(administrationId, { repositoryUrl: 'ftp://example.it/albo' }) });
    expect(url.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.count(PracticeEntity)).toBe(before);
  });

  it('changes and clears them with updatePractice, recorded in the changelog with the changed fields', async () => {
    const { member, administrationId } = await author();
    const created = (await t.gql(member, CREATE, { input: input(administrationId, {}) })).data.createPractice;
    const set = await t.gql(member, UPDATE, {
      input: { id: created.id, version: created.version, changeSummary: 'Pubblicato il codice', repositoryUrl: 'https://gitlab.com/comune/albo', licence: 'AGPL-3.0-or-later' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.updatePractice).toMatchObject({ repositoryUrl: 'https://gitlab.com/comune/albo', licence: 'AGPL-3.0-or-later' });
    expect(set.data.updatePractice.updates[0].summary).toBe('Pubblicato il codice');
    const [{ changes }] = await t.dataSource.query(`SELECT "changes" FROM practice_update WHERE "practiceId" = $1`, [created.id]);
    expect(changes).toMatchObject({ licence: { before: null, after: 'AGPL-3.0-or-later' }, repositoryUrl: { before: null, after: 'https://gitlab.com/comune/albo' } });
    const cleared = await t.gql(member, UPDATE, {
      input: { id: created.id, version: set.data.updatePractice.version, changeSummary: 'Codice ritirato', repositoryUrl: null, licence: null },
    });
    expect(cleared.data.updatePractice).toMatchObject({ repositoryUrl: null, licence: null });
  });
});
