import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region, Theme } from '@app/members';
import { PracticeStatus, TwinningStatus } from '@app/practices';
import { AdoptionEntity, AdoptionStage, NeedEntity, NeedStatus } from '@app/reuse';
import { startTestApp, TestApp } from '@app/testing';
import { COVERAGE } from './operations.js';

interface Cell {
  region: string;
  theme: string;
  practicesOffered: number;
  adoptionsInUse: number;
  openNeeds: number;
  activeTwinnings: number;
}

describe('coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers every region × theme, the Convergence regions alone when asked', async () => {
    const all = (await t.gql(null, COVERAGE, {})).data.coverage as Cell[];
    expect(all).toHaveLength(Object.values(Region).length * Object.values(Theme).length);
    expect(all[0]).toEqual({ region: 'ABRUZZO', theme: 'CITIZEN_SERVICES', practicesOffered: 0, adoptionsInUse: 0, openNeeds: 0, activeTwinnings: 0 });
    const convergence = (await t.gql(null, COVERAGE, { c: true })).data.coverage as Cell[];
    expect([...new Set(convergence.map((c) => c.region))]).toEqual(['CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA']);
    expect(convergence).toHaveLength(24);
  });

  it('counts published practices offered, verified adoptions in use, open needs and approved or active twinnings of each region and theme', async () => {
    const napoli = await t.seed.administration({ region: Region.CAMPANIA });
    const salerno = await t.seed.administration({ region: Region.CAMPANIA });
    const milano = await t.seed.administration({ region: Region.LOMBARDIA });
    const member = await t.seed.member({ administrationId: napoli.id });
    const both = [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY];
    const offered = await t.seed.practice({ offeringAdministrationId: napoli.id, themes: both });
    await t.seed.practice({ offeringAdministrationId: napoli.id, themes: both, status: PracticeStatus.DRAFT });
    const lombard = await t.seed.practice({ offeringAdministrationId: milano.id, themes: [Theme.CITIZEN_SERVICES] });

    const adoptions = t.dataSource.getRepository(AdoptionEntity);
    const verified = { verifiedById: member.id, verifiedAt: new Date() };
    await adoptions.save(adoptions.create({ practiceId: lombard.id, administrationId: napoli.id, stage: AdoptionStage.IN_USE, ...verified }));
    await adoptions.save(adoptions.create({ practiceId: lombard.id, administrationId: salerno.id, stage: AdoptionStage.IN_USE }));
    await adoptions.save(adoptions.create({ practiceId: offered.id, administrationId: milano.id, stage: AdoptionStage.PILOT, ...verified }));

    const needs = t.dataSource.getRepository(NeedEntity);
    const need = { administrationId: salerno.id, authorId: member.id, title: 'Un fabbisogno', description: 'Descrizione', descriptionHtml: '<p>Descrizione</p>' };
    await needs.save(needs.create({ ...need, themes: [Theme.CITIZEN_SERVICES], status: NeedStatus.OPEN }));
    await needs.save(needs.create({ ...need, themes: [Theme.CITIZEN_SERVICES], status: NeedStatus.CLOSED }));

    for (const status of [TwinningStatus.APPROVED, TwinningStatus.ACTIVE, TwinningStatus.PROPOSED, TwinningStatus.COMPLETED]) {
      await t.seed.twinning({ practiceId: lombard.id, proposedById: member.id, receivingAdministrationIds: [napoli.id, salerno.id], status });
    }

    const cells = (await t.gql(null, COVERAGE, { c: false })).data.coverage as Cell[];
    const cell = (region: string, theme: string) => cells.find((c) => c.region === region && c.theme === theme);
    expect(cell('CAMPANIA', 'CITIZEN_SERVICES')).toEqual({
      region: 'CAMPANIA', theme: 'CITIZEN_SERVICES', practicesOffered: 1, adoptionsInUse: 1, openNeeds: 1, activeTwinnings: 2,
    });
    expect(cell('CAMPANIA', 'INTEROPERABILITY')).toMatchObject({ practicesOffered: 1, adoptionsInUse: 0, openNeeds: 0, activeTwinnings: 0 });
    expect(cell('LOMBARDIA', 'CITIZEN_SERVICES')).toMatchObject({ practicesOffered: 1, adoptionsInUse: 0 });
  });
});
