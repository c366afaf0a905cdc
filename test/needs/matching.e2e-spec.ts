import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, AdministrationKind, Region, Theme } from '@app/members';
import { NotificationEntity } from '@app/notifications';
import { PracticeEntity, PracticeStatus, TwinningStatus } from '@app/practices';
import { AdoptionEntity, AdoptionStage, MATCH_WEIGHTS } from '@app/reuse';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { MATCH, NEED, PUBLISH } from './operations.js';

interface Match {
  score: number;
  reasons: string[];
  practice: { id: string; title: string };
}

/**
 * One test per signal of the matching: two practices that differ only in that signal, the one
 * with it ranks first and names it among its reasons. Each test works on practices of its own
 * words, so the others' practices never share a word with its text.
 */
describe('matching practices to needs', () => {
  let t: TestApp;
  let offering: AdministrationEntity;
  let needing: AdministrationEntity;
  let author: SeededMember;
  let contact: SeededMember;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
    offering = await t.seed.administration({ name: 'Provincia di Trento', kind: AdministrationKind.PROVINCE, region: Region.TRENTINO_ALTO_ADIGE });
    needing = await t.seed.administration({ name: 'Comune di Crotone', kind: AdministrationKind.MUNICIPALITY, region: Region.CALABRIA });
    author = await t.seed.member({ administrationId: needing.id });
    contact = await t.seed.member({ administrationId: offering.id });
  });
  afterAll(() => t.close());

  const practice = (title: string, overrides: Partial<PracticeEntity> & { contactIds?: string[] } = {}) =>
    t.seed.practice({
      title,
      summary: title,
      description: title,
      themes: [Theme.PROCESS_INNOVATION],
      offeringAdministrationId: offering.id,
      updatedAt: new Date('2015-01-01T00:00:00Z'),
      ...overrides,
    });
  const match = async (text: string, themes: Theme[] = [], administrationId: string | null = null): Promise<Match[]> => {
    const res = await t.gql(null, MATCH, { text, themes, administrationId, first: 10 });
    expect(res.errors).toBeUndefined();
    return res.data.matchPractices;
  };
  const ids = (matches: Match[]) => matches.map((m) => m.practice.id);

  it('weights add up to 1, so scores stay in 0..1', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('text: ranks the practice holding more of the need words first and names them', async () => {
    const both = await practice('Protocollo informatico con conservazione sostitutiva');
    const one = await practice('Protocollo informatico del personale');
    const found = await match('Cerchiamo un protocollo informatico con conservazione sostitutiva dei documenti');
    expect(ids(found).slice(0, 2)).toEqual([both.id, one.id]);
    expect(found[0].reasons[0]).toMatch(/^Parole in comune: .*conservazione/);
    expect(found[0].score).toBeGreaterThan(found[1].score);
    expect(found.every((m) => m.score >= 0 && m.score <= 1)).toBe(true);
  });

  it('text: a word in the title counts more than one only in the description', async () => {
    const inTitle = await practice('Geoportale catastale', { description: 'Un servizio per gli uffici.' });
    const inBody = await practice('Servizio per gli uffici tecnici', { summary: 'Servizio per gli uffici tecnici', description: 'Un geoportale catastale.' });
    const found = await match('geoportale catastale');
    expect(ids(found).slice(0, 2)).toEqual([inTitle.id, inBody.id]);
  });

  it("text: words found only in a practice's documents count too, less than in its record", async () => {
    const inRecord = await practice('Riuso del sistema di videosorveglianza urbana');
    const inDocument = await practice('Sicurezza urbana integrata');
    const neither = await practice('Sicurezza urbana integrata');
    await t.dataSource.query(
      `INSERT INTO document ("practiceId", "title", "kind", "createdById", "searchVector")
       VALUES ($1, 'Kit di riuso', 'REUSE_KIT', $2, to_tsvector('italian_unaccent', 'Manuale della videosorveglianza'))`,
      [inDocument.id, contact.id],
    );
    const found = await match('videosorveglianza');
    expect(ids(found)).toEqual([inRecord.id, inDocument.id]);
    expect(ids(found)).not.toContain(neither.id);
  });

  it('themes: of two practices equal in text, the one sharing the need theme ranks first with "Stesso tema"', async () => {
    const sameTheme = await practice('Mensa scolastica prenotazioni', { themes: [Theme.CITIZEN_SERVICES] });
    const otherTheme = await practice('Mensa scolastica prenotazioni', { themes: [Theme.PUBLIC_CONNECTIVITY] });
    const found = await match('prenotazioni mensa scolastica', [Theme.CITIZEN_SERVICES]);
    expect(ids(found).indexOf(sameTheme.id)).toBeLessThan(ids(found).indexOf(otherTheme.id));
    expect(found.find((m) => m.practice.id === sameTheme.id)!.reasons).toContain('Stesso tema: Servizi ai cittadini');
    expect(found.find((m) => m.practice.id === otherTheme.id)!.reasons.some((r) => r.startsWith('Stess'))).toBe(false);
  });

  it('adoptions: a practice with verified adoptions in use ranks first with "In uso in N amministrazioni"; unverified ones do not count', async () => {
    const adopted = await practice('Albo pretorio telematico');
    const unverified = await practice('Albo pretorio telematico');
    const plain = await practice('Albo pretorio telematico');
    const repo = t.dataSource.getRepository(AdoptionEntity);
    for (let i = 0; i < 2; i++) {
      const adopter = await t.seed.administration();
      await repo.save(repo.create({ practiceId: adopted.id, administrationId: adopter.id, stage: AdoptionStage.IN_USE, verifiedById: contact.id, verifiedAt: new Date() }));
      await repo.save(repo.create({ practiceId: unverified.id, administrationId: adopter.id, stage: AdoptionStage.IN_USE }));
    }
    const found = await match('albo pretorio telematico');
    expect(found[0].practice.id).toBe(adopted.id);
    expect(found[0].reasons).toContain('In uso in 2 amministrazioni');
    const others = found.filter((m) => m.practice.id === unverified.id || m.practice.id === plain.id);
    expect(others.map((m) => m.score)).toEqual([others[0].score, others[0].score]);
  });

  it('twinnings: a practice with a completed twinning ranks first with "1 gemellaggio concluso"', async () => {
    const twinned = await practice('Sportello energia condominiale');
    const plain = await practice('Sportello energia condominiale');
    const receiving = await t.seed.administration({ region: Region.SICILIA });
    await t.seed.twinning({ practiceId: twinned.id, proposedById: contact.id, receivingAdministrationIds: [receiving.id], status: TwinningStatus.COMPLETED });
    await t.seed.twinning({ practiceId: plain.id, proposedById: contact.id, receivingAdministrationIds: [receiving.id], status: TwinningStatus.ACTIVE });
    const found = await match('sportello energia condominiale');
    expect(ids(found).slice(0, 2)).toEqual([twinned.id, plain.id]);
    expect(found[0].reasons).toContain('1 gemellaggio concluso');
  });

  it('similarity: a practice offered or adopted by an administration of the needing kind ranks first, naming it', async () => {
    const municipality = await t.seed.administration({ kind: AdministrationKind.MUNICIPALITY, region: Region.VENETO });
    const byMunicipality = await practice('Censimento passi carrabili', { offeringAdministrationId: municipality.id });
    const byProvince = await practice('Censimento passi carrabili');
    const adoptedByUnion = await practice('Censimento passi carrabili');
    const union = await t.seed.administration({ kind: AdministrationKind.UNION_OF_MUNICIPALITIES });
    const repo = t.dataSource.getRepository(AdoptionEntity);
    await repo.save(repo.create({ practiceId: adoptedByUnion.id, administrationId: union.id, stage: AdoptionStage.PILOT }));

    const found = await match('censimento passi carrabili', [], needing.id);
    expect(ids(found).slice(0, 3)).toEqual([byMunicipality.id, adoptedByUnion.id, byProvince.id]);
    expect(found[0].reasons).toContain("Offerta da un'amministrazione dello stesso tipo (comune)");
    expect(found[1].reasons).toContain("Adottata da un'amministrazione di tipo e dimensione simili (unione di comuni)");
    // Without a needing administration the signal is silent.
    const anonymous = await match('censimento passi carrabili');
    expect(new Set(anonymous.slice(0, 3).map((m) => m.score)).size).toBe(1);
  });

  it("recency: a recently updated practice ranks first with \"Aggiornata di recente\"; the needing administration's own practices never match", async () => {
    const recent = await practice('Verbali elettronici polizia locale', { updatedAt: new Date() });
    const old = await practice('Verbali elettronici polizia locale');
    const own = await practice('Verbali elettronici polizia locale', { offeringAdministrationId: needing.id, updatedAt: new Date() });
    const found = await match('verbali elettronici polizia locale', [], needing.id);
    expect(ids(found).slice(0, 2)).toEqual([recent.id, old.id]);
    expect(found[0].reasons).toContain('Aggiornata di recente');
    expect(ids(found)).not.toContain(own.id);
  });

  it('matches only published practices', async () => {
    const draft = await practice('Registro delle unioni civili', { status: PracticeStatus.DRAFT });
    const archived = await practice('Registro delle unioni civili', { status: PracticeStatus.ARCHIVED });
    const published = await practice('Registro delle unioni civili');
    expect(ids(await match('registro unioni civili'))).toEqual([published.id]);
    expect(draft.id && archived.id).toBeTruthy();
  });

  it('tells the contacts of the practices matching a new need above the threshold, once per need and practice', async () => {
    const strong = await practice('Gestione digitale delle sanzioni amministrative', {
      summary: 'Sanzioni amministrative gestite in digitale, con notifiche e pagamenti',
      themes: [Theme.PROCESS_INNOVATION],
      contactIds: [contact.id],
      updatedAt: new Date(),
    });
    const weak = await practice('Anagrafe canina', { themes: [Theme.PROCESS_INNOVATION], contactIds: [contact.id] });
    const res = await t.gql(author, PUBLISH, {
      input: {
        administrationId: needing.id,
        title: 'Gestione digitale delle sanzioni amministrative',
        description: 'Vorremmo gestire le sanzioni amministrative in digitale, dalle notifiche ai pagamenti.',
        themes: [Theme.PROCESS_INNOVATION],
      },
    });
    expect(res.errors).toBeUndefined();
    const needId = res.data.publishNeed.id;
    const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ recipientId: contact.id, needId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'NEED_MATCHED', practiceId: strong.id, actorId: author.id });
    expect(rows[0].text).toBe('Comune di Crotone cerca «Gestione digitale delle sanzioni amministrative»: corrisponde alla tua buona pratica «Gestione digitale delle sanzioni amministrative»');
    const recorded: Array<{ practiceId: string }> = await t.dataSource.query(`SELECT "practiceId" FROM need_practice_match WHERE "needId" = $1`, [needId]);
    expect(recorded.map((r) => r.practiceId)).toEqual([strong.id]);
    expect(recorded.map((r) => r.practiceId)).not.toContain(weak.id);

    const inbox = await t.gql(contact, `{ notifications(first: 1) { nodes { type need { id title } practice { id } } } }`);
    expect(inbox.data.notifications.nodes[0]).toEqual({ type: 'NEED_MATCHED', need: { id: needId, title: 'Gestione digitale delle sanzioni amministrative' }, practice: { id: strong.id } });

    const detail = await t.gql(null, NEED, { id: needId });
    expect(detail.data.need.matches[0]).toMatchObject({ practice: { id: strong.id } });
    expect(detail.data.need.matches[0].reasons).toContain('Stesso tema: Innovazione dei processi nella PA e dematerializzazione');
    // The author does not hear of their own need.
    expect(await t.count(NotificationEntity, { recipientId: author.id, needId })).toBe(0);
  });

  it('tells a contact of two matching practices once for the need, naming the better one; both pairs are recorded once', async () => {
    const both = await t.seed.member({ administrationId: offering.id });
    const best = await practice('Anagrafe canina digitale con microchip', { themes: [Theme.CITIZEN_SERVICES], contactIds: [both.id], updatedAt: new Date() });
    const second = await practice('Anagrafe canina digitale', { themes: [Theme.CITIZEN_SERVICES], contactIds: [both.id], updatedAt: new Date() });
    const res = await t.gql(author, PUBLISH, {
      input: {
        administrationId: needing.id,
        title: 'Anagrafe canina digitale con microchip',
        description: "Vorremmo un'anagrafe canina digitale, con la lettura del microchip dei cani.",
        themes: [Theme.CITIZEN_SERVICES],
      },
    });
    const needId = res.data.publishNeed.id;
    const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ recipientId: both.id, needId });
    expect(rows.map((r) => r.practiceId)).toEqual([best.id]);
    const pairs: Array<{ practiceId: string }> = await t.dataSource.query(`SELECT "practiceId" FROM need_practice_match WHERE "needId" = $1 ORDER BY "score" DESC`, [needId]);
    expect(pairs.map((p) => p.practiceId)).toEqual(expect.arrayContaining([best.id, second.id]));
    expect(new Set(pairs.map((p) => p.practiceId)).size).toBe(pairs.length);
  });

  it('tells the contact of a practice published later that an open need matches it, once, however often it is edited', async () => {
    const res = await t.gql(author, PUBLISH, {
      input: {
        administrationId: needing.id,
        title: 'Trasporto scolastico con iscrizioni online',
        description: 'Vorremmo gestire online le iscrizioni al trasporto scolastico e i percorsi degli scuolabus.',
        themes: [Theme.CITIZEN_SERVICES],
      },
    });
    const needId = res.data.publishNeed.id;
    const creator = await t.seed.member({ administrationId: offering.id });
    const created = await t.gql(creator, `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id version } }`, {
      input: {
        title: 'Trasporto scolastico con iscrizioni online',
        summary: 'Iscrizioni online al trasporto scolastico e percorsi degli scuolabus',
        description: 'Le famiglie iscrivono i figli al trasporto scolastico online.',
        themes: [Theme.CITIZEN_SERVICES],
        offeringAdministrationId: offering.id,
      },
    });
    expect(created.errors).toBeUndefined();
    const practiceId = created.data.createPractice.id;
    const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ recipientId: creator.id, needId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'NEED_MATCHED', practiceId, actorId: author.id });

    const edited = await t.gql(creator, `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { version } }`, {
      input: { id: practiceId, version: created.data.createPractice.version, summary: 'Iscrizioni online al trasporto scolastico, con i percorsi', changeSummary: 'Sintesi' },
    });
    expect(edited.errors).toBeUndefined();
    expect(await t.count(NotificationEntity, { recipientId: creator.id, needId })).toBe(1);
  });
});
