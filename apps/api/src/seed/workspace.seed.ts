import { renderMarkdown, Role } from '@app/core';
import { CategoryEntity, PostEntity, ThreadEntity, ThreadStatus } from '@app/forum';
import { isConvergenceRegion } from '@app/members';
import { PracticeStatus, TwinningStatus } from '@app/practices';
import {
  BudgetLineEntity,
  CriterionScoreEntity,
  EventEntity,
  MilestoneEntity,
  rankApplications,
  SelectionCriterionEntity,
  TwinningApplicationEntity,
  TwinningCallEntity,
  TwinningRole,
  TwinningThreadEntity,
} from '@app/twinning-workspace';
import { demoId, rng } from './demo-ids.js';
import { DEMO_ADMINISTRATIONS, demoMembers } from './members.seed.js';
import { demoPractices, demoTwinnings } from './practices.seed.js';
import type { SeedStep } from './seed-step.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** The presentation of the database in Lamezia Terme, 22 September 2011, 10:00 Italian time. */
const LAMEZIA_LAUNCH = Date.UTC(2011, 8, 22, 8, 0);
/**
 * Upcoming items (an open call, future meetings) need dates after today; fixed ones keep the demo
 * the same on every run. They are set in 2027.
 */
const UPCOMING = Date.UTC(2027, 0, 1);

const CRITERIA: Array<[label: string, weight: number]> = [
  ['Coerenza con i fabbisogni dell’amministrazione', 3],
  ['Capacità organizzativa e risorse dedicate', 2],
  ['Infrastruttura tecnologica disponibile', 1],
];

const MILESTONES = [
  'Analisi dei fabbisogni e dei procedimenti',
  'Consegna del kit di riuso',
  'Formazione degli operatori',
  'Avvio in esercizio e verifica dei risultati',
];

const BUDGET: Array<[label: string, share: number]> = [
  ['Formazione', 0.3],
  ['Missioni e visite di studio', 0.25],
  ['Adeguamento del software', 0.35],
  ['Coordinamento e monitoraggio', 0.1],
];

const MOTIVATIONS = [
  'Il servizio oggi è gestito su carta e con tempi lunghi: riusare questa esperienza ci permette di partire da una soluzione già collaudata.',
  'Abbiamo un gruppo di lavoro dedicato e la disponibilità dei servizi informativi a seguire il trasferimento fino all’avvio in esercizio.',
  'La pratica risponde a un fabbisogno espresso dal nostro piano di informatizzazione e possiamo mettere a disposizione personale formato.',
  'Vorremmo estendere il servizio ai comuni dell’unione, partendo da un’amministrazione che lo ha già in esercizio.',
];

/**
 * The twinning workspace of the demo: calls in every status with scored applications (two of
 * them awarded, which proposed demo twinnings), the plan of every twinning past its proposal
 * (coordinating administration and contacts, milestones, budget lines), each twinning's working
 * thread in "Gemellaggi", follows of twinnings, and meetings: the launch in Lamezia Terme, study
 * visits, and upcoming ones with their attendees. Fixed ids and times: a second run changes nothing.
 */
export const workspaceSeed: SeedStep = {
  name: 'avvisi, piani dei gemellaggi e incontri',
  async run({ em, log }) {
    const random = rng(2011_09_23);
    const members = demoMembers();
    const practices = demoPractices();
    const twinnings = demoTwinnings(practices);
    const practiceById = new Map(practices.map((p) => [p.row.id, p]));
    const admId = (key: string) => demoId('administration', key);
    const keyOfAdm = new Map(DEMO_ADMINISTRATIONS.map((a) => [admId(a.key), a.key]));
    const membersOf = (admKey: string) => members.filter((m) => m.administrationKey === admKey);
    const memberOfAdm = (id: string) => membersOf(keyOfAdm.get(id)!).find((m) => m.role === Role.MEMBER) ?? membersOf(keyOfAdm.get(id)!)[0];
    const coordinator = members.find((m) => m.administrationKey === 'pcm')!;
    const admin = members[0];
    const convergence = DEMO_ADMINISTRATIONS.filter((a) => isConvergenceRegion(a.region) && membersOf(a.key).some((m) => m.role === Role.MEMBER));
    const category = await em.getRepository(CategoryEntity).findOneBy({ slug: 'gemellaggi' });
    if (!category) throw new Error('demo: categoria gemellaggi mancante (migrazione del gemellaggio non eseguita?)');

    // ---- each twinning's working thread, participants, milestones and budget
    const threads: Array<Partial<ThreadEntity> & { id: string }> = [];
    const posts: Array<Partial<PostEntity> & { id: string; body: string }> = [];
    const twinningThreads: TwinningThreadEntity[] = [];
    const participants: Array<{ twinningId: string; administrationId: string; role: TwinningRole; contactId: string | null }> = [];
    const milestones: Array<Partial<MilestoneEntity> & { id: string }> = [];
    const budget: Array<Partial<BudgetLineEntity> & { id: string }> = [];
    const events: Array<Partial<EventEntity> & { id: string }> = [];
    const attendees: Array<{ eventId: string; memberId: string; createdAt: Date }> = [];
    const follows: Array<{ memberId: string; targetId: string; createdAt: Date }> = [];

    for (const [j, t] of twinnings.entries()) {
      const practice = practiceById.get(t.row.practiceId!)!;
      const proposedAt = t.row.createdAt!;
      const approved = t.history.find((h) => h.to === TwinningStatus.APPROVED)?.at ?? null;
      const status = t.row.status!;
      const threadId = demoId('twinning-thread', j);
      const opening = demoId('twinning-post', `${j}-0`);
      const replies: Array<{ authorId: string; body: string; at: Date }> = [];
      if (approved) {
        replies.push({
          authorId: coordinator.id,
          body: 'Il gemellaggio è approvato: la Presidenza del Consiglio coordinerà le attività. Vi proponiamo di fissare le prime tappe del piano e la visita di studio.',
          at: new Date(approved.getTime() + 2 * HOUR),
        });
        replies.push({
          authorId: practice.contactIds[0],
          body: 'Volentieri: possiamo ospitare la visita di studio già nelle prossime settimane e preparare il kit di riuso con la documentazione aggiornata.',
          at: new Date(approved.getTime() + DAY),
        });
      }
      const last = replies.length ? replies[replies.length - 1].at : proposedAt;
      threads.push({
        id: threadId,
        categoryId: category.id,
        authorId: t.row.proposedById!,
        title: `Gemellaggio: ${practice.row.title}`.slice(0, 200),
        tags: ['gemellaggio'],
        status: ThreadStatus.OPEN,
        pinned: false,
        hidden: false,
        solutionPostId: null,
        mergedIntoId: null,
        usefulCount: 0,
        createdAt: proposedAt,
        lastActivityAt: last,
        updatedAt: last,
      });
      posts.push({
        id: opening,
        threadId,
        authorId: t.row.proposedById!,
        opening: true,
        replyToId: null,
        body: `Discussione di lavoro del gemellaggio sulla buona pratica **${practice.row.title}**.\n\nObiettivi: ${t.row.objectives}`,
        createdAt: proposedAt,
      });
      replies.forEach((r, k) =>
        posts.push({ id: demoId('twinning-post', `${j}-${k + 1}`), threadId, authorId: r.authorId, opening: false, replyToId: null, body: r.body, createdAt: r.at }),
      );
      twinningThreads.push({ twinningId: t.row.id, threadId });

      if (!approved) continue;
      participants.push({ twinningId: t.row.id, administrationId: t.row.offeringAdministrationId!, role: TwinningRole.OFFERING, contactId: practice.contactIds[0] });
      for (const receivingId of t.receivingIds) {
        participants.push({ twinningId: t.row.id, administrationId: receivingId, role: TwinningRole.RECEIVING, contactId: memberOfAdm(receivingId)?.id ?? null });
      }
      participants.push({ twinningId: t.row.id, administrationId: admId('pcm'), role: TwinningRole.COORDINATOR, contactId: coordinator.id });

      const active = [TwinningStatus.ACTIVE, TwinningStatus.COMPLETED].includes(status) || (status === TwinningStatus.CANCELLED && t.history.some((h) => h.to === TwinningStatus.ACTIVE));
      const doneCount = status === TwinningStatus.COMPLETED ? MILESTONES.length : active ? 2 : 0;
      MILESTONES.forEach((title, k) => {
        const due = new Date(approved.getTime() + (k + 1) * 45 * DAY);
        milestones.push({
          id: demoId('milestone', `${j}-${k}`),
          twinningId: t.row.id,
          title,
          dueDate: due,
          doneAt: k < doneCount ? new Date(due.getTime() - (2 + k) * DAY) : null,
          createdAt: new Date(approved.getTime() + DAY + k * 60_000),
        });
      });
      const total = t.row.budgetEuro!;
      BUDGET.forEach(([label, share], k) => {
        const planned = Math.floor((total * share) / 500) * 500;
        const spentShare = status === TwinningStatus.COMPLETED ? 0.85 + random() * 0.15 : active && k < 2 ? 0.3 + random() * 0.3 : 0;
        budget.push({
          id: demoId('budget-line', `${j}-${k}`),
          twinningId: t.row.id,
          label,
          plannedEuro: planned,
          spentEuro: Math.floor((planned * spentShare) / 100) * 100,
          createdAt: new Date(approved.getTime() + DAY + k * 60_000),
        });
      });

      if (active) {
        const start = t.history.find((h) => h.to === TwinningStatus.ACTIVE)!.at!;
        const eventId = demoId('event', `visit-${j}`);
        const offering = DEMO_ADMINISTRATIONS.find((a) => admId(a.key) === t.row.offeringAdministrationId)!;
        const visitStart = new Date(start.getTime() + 14 * DAY + 7 * HOUR);
        events.push({
          id: eventId,
          title: `Visita di studio: ${practice.row.title}`.slice(0, 200),
          description: `Le amministrazioni riceventi visitano ${offering.name} per vedere il servizio in esercizio e preparare il trasferimento.`,
          startsAt: visitStart,
          endsAt: new Date(visitStart.getTime() + 6 * HOUR),
          place: offering.name,
          onlineUrl: null,
          twinningId: t.row.id,
          organiserId: practice.contactIds[0],
          cancelled: false,
          sequence: 0,
          remindedSequence: 0,
          createdAt: start,
          updatedAt: start,
        });
        for (const receivingId of t.receivingIds) {
          const m = memberOfAdm(receivingId);
          if (m) attendees.push({ eventId, memberId: m.id, createdAt: new Date(start.getTime() + HOUR) });
        }
        attendees.push({ eventId, memberId: practice.contactIds[0], createdAt: start });
      }
      if (status === TwinningStatus.ACTIVE) {
        const eventId = demoId('event', `progress-${j}`);
        const startsAt = new Date(UPCOMING + (20 + j) * DAY + 9 * HOUR);
        events.push({
          id: eventId,
          title: `Riunione di avanzamento: ${practice.row.title}`.slice(0, 200),
          description: 'Stato delle tappe del piano, spese sostenute e prossimi passi del trasferimento.',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * HOUR),
          place: null,
          onlineUrl: `https://incontri.example.it/gemellaggio-${j + 1}`,
          twinningId: t.row.id,
          organiserId: coordinator.id,
          cancelled: false,
          sequence: 0,
          remindedSequence: null,
          createdAt: new Date(UPCOMING - 30 * DAY),
          updatedAt: new Date(UPCOMING - 30 * DAY),
        });
        attendees.push({ eventId, memberId: coordinator.id, createdAt: new Date(UPCOMING - 30 * DAY) });
        attendees.push({ eventId, memberId: practice.contactIds[0], createdAt: new Date(UPCOMING - 29 * DAY) });
        // The practice's other contacts and a few members follow the twinning.
        for (const m of members.filter((_m, k) => (k + j) % 9 === 0).slice(0, 4)) follows.push({ memberId: m.id, targetId: t.row.id, createdAt: approved });
      }
    }

    // ---- calls: awarded (two, which proposed demo twinnings), closed and open, with scored applications
    const calls: Array<Partial<TwinningCallEntity> & { id: string }> = [];
    const criteria: Array<Partial<SelectionCriterionEntity> & { id: string; callId: string; weight: number }> = [];
    const applications: Array<Partial<TwinningApplicationEntity> & { id: string; callId: string; createdAt: Date; administrationId: string }> = [];
    const scores: Array<Partial<CriterionScoreEntity> & { applicationId: string; criterionId: string }> = [];
    const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED);
    const withTwinning = new Set(twinnings.map((t) => t.row.practiceId));

    function addCall(key: string, practiceId: string, createdAt: Date, deadline: Date, seats: number, apply: Array<{ administrationId: string; strong: boolean }>, scoredShare: number) {
      const practice = practiceById.get(practiceId)!;
      const callId = demoId('call', key);
      calls.push({
        id: callId,
        practiceId,
        title: `Avviso per il riuso: ${practice.row.title}`.slice(0, 200),
        description:
          `Le amministrazioni delle regioni Convergenza interessate a riusare la buona pratica «${practice.row.title}» possono candidarsi entro la scadenza. ` +
          'Le candidature sono valutate sui criteri indicati; le amministrazioni selezionate partecipano al gemellaggio come riceventi.',
        deadline,
        seats,
        createdById: practice.contactIds[0],
        awardedAt: null,
        twinningId: null,
        createdAt,
      });
      const ids = CRITERIA.map(([label, weight], position) => {
        const id = demoId('criterion', `${key}-${position}`);
        criteria.push({ id, callId, label, weight, position });
        return id;
      });
      apply.forEach(({ administrationId, strong }, k) => {
        const author = memberOfAdm(administrationId)!;
        const id = demoId('application', `${key}-${k}`);
        const applied = new Date(createdAt.getTime() + (3 + k * 4) * DAY + (k + 1) * HOUR);
        applications.push({ id, callId, administrationId, authorId: author.id, motivation: MOTIVATIONS[k % MOTIVATIONS.length], rank: null, selected: false, createdAt: applied });
        const scoredCriteria = k < Math.round(apply.length * scoredShare) ? ids : ids.slice(0, 1);
        for (const criterionId of scoredCriteria) {
          const score = strong ? 8 + Math.round(random() * 4) / 2 : 4 + Math.round(random() * 6) / 2;
          scores.push({ applicationId: id, criterionId, score, scoredById: practice.contactIds[0], scoredAt: new Date(deadline.getTime() + (k + 1) * DAY) });
        }
      });
      return callId;
    }

    const candidatesFor = (practiceId: string, except: string[]) => {
      const offering = practiceById.get(practiceId)!.row.offeringAdministrationId;
      return convergence.map((a) => admId(a.key)).filter((id) => id !== offering && !except.includes(id));
    };
    const awarded = [twinnings[0], twinnings[2]];
    for (const [k, t] of awarded.entries()) {
      const proposed = t.row.createdAt!;
      const others = candidatesFor(t.row.practiceId!, t.receivingIds).slice(k * 2, k * 2 + 2);
      const callId = addCall(
        `awarded-${k}`,
        t.row.practiceId!,
        new Date(proposed.getTime() - 50 * DAY),
        new Date(proposed.getTime() - 10 * DAY),
        t.receivingIds.length,
        [...t.receivingIds.map((id) => ({ administrationId: id, strong: true })), ...others.map((id) => ({ administrationId: id, strong: false }))],
        1,
      );
      const call = calls.find((c) => c.id === callId)!;
      call.awardedAt = proposed;
      call.twinningId = t.row.id;
      const own = applications.filter((a) => a.callId === callId);
      const ranked = rankApplications(
        criteria.filter((c) => c.callId === callId),
        own.map((a) => ({ id: a.id, createdAt: a.createdAt, scores: new Map(scores.filter((s) => s.applicationId === a.id).map((s) => [s.criterionId, s.score!])) })),
        call.seats!,
      );
      for (const r of ranked) Object.assign(own.find((a) => a.id === r.id)!, { rank: r.rank, selected: r.selected });
    }
    const free = published.filter((p) => !withTwinning.has(p.row.id) && p.contactIds.length);
    const closedPractice = free[7 % free.length];
    addCall('closed', closedPractice.row.id, new Date(Date.UTC(2012, 0, 16, 9)), new Date(Date.UTC(2012, 2, 30, 22)), 2,
      candidatesFor(closedPractice.row.id, []).slice(0, 3).map((administrationId, k) => ({ administrationId, strong: k !== 1 })), 1);
    const openPractice = free[19 % free.length];
    addCall('open', openPractice.row.id, new Date(UPCOMING - 45 * DAY), new Date(UPCOMING + 89 * DAY + 22 * HOUR), 2,
      candidatesFor(openPractice.row.id, []).slice(3, 5).map((administrationId) => ({ administrationId, strong: true })), 0.5);

    // ---- community meetings: the launch in Lamezia Terme, a webinar, and upcoming ones
    const community = (key: string, title: string, description: string, startsAt: number, hours: number, place: string | null, onlineUrl: string | null, extra: Partial<EventEntity> = {}) => {
      const id = demoId('event', key);
      const created = new Date(Math.min(startsAt - 30 * DAY, UPCOMING - 20 * DAY));
      events.push({
        id,
        title,
        description,
        startsAt: new Date(startsAt),
        endsAt: new Date(startsAt + hours * HOUR),
        place,
        onlineUrl,
        twinningId: null,
        organiserId: admin.id,
        cancelled: false,
        sequence: 0,
        remindedSequence: startsAt < UPCOMING ? 0 : null,
        createdAt: created,
        updatedAt: created,
        ...extra,
      });
      return id;
    };
    const launch = community(
      'lamezia-2011',
      'Presentazione della banca dati «Buone Pratiche e Gemellaggi»',
      'Il lancio del programma: la banca dati delle esperienze, i ruoli delle amministrazioni offerenti e riceventi, i criteri di selezione e le risorse disponibili per i gemellaggi.',
      LAMEZIA_LAUNCH,
      4,
      'Lamezia Terme (CZ)',
      null,
    );
    const pec = community('webinar-pec-2011', 'Webinar: la PEC per cittadini e imprese', 'Esperienze di tre comuni e domande allo Sportello informativo.', Date.UTC(2011, 10, 15, 10), 2, null, 'https://incontri.example.it/webinar-pec');
    const reuse = community(
      'webinar-riuso-2027',
      'Webinar: riuso del software e publiccode.yml',
      'Come descrivere una soluzione con publiccode.yml e pubblicarla per il riuso da parte di altre amministrazioni.',
      UPCOMING + 40 * DAY + 9 * HOUR,
      2,
      null,
      'https://incontri.example.it/webinar-riuso',
    );
    const annual = community(
      'incontro-annuale-2027',
      'Incontro annuale della comunità di pratica',
      'Bilancio dei gemellaggi conclusi, presentazione dei nuovi avvisi e lavori di gruppo per tema.',
      UPCOMING + 138 * DAY + 8 * HOUR,
      7,
      'Napoli',
      null,
    );
    community(
      'visita-rinviata-2027',
      'Visita di studio al SUAP associato (rinviata)',
      'La visita è rinviata: la nuova data sarà comunicata nella discussione generale.',
      UPCOMING + 60 * DAY + 8 * HOUR,
      5,
      'Bari',
      null,
      { cancelled: true, sequence: 1 },
    );
    members.slice(0, 34).forEach((m, k) => attendees.push({ eventId: launch, memberId: m.id, createdAt: new Date(LAMEZIA_LAUNCH - (20 - (k % 15)) * DAY) }));
    members.filter((_m, k) => k % 3 === 1).forEach((m) => attendees.push({ eventId: pec, memberId: m.id, createdAt: new Date(Date.UTC(2011, 10, 1)) }));
    members.filter((_m, k) => k % 4 === 2).forEach((m) => attendees.push({ eventId: reuse, memberId: m.id, createdAt: new Date(UPCOMING - 10 * DAY) }));
    members.filter((_m, k) => k % 2 === 0).forEach((m) => attendees.push({ eventId: annual, memberId: m.id, createdAt: new Date(UPCOMING - 5 * DAY) }));

    // ---- writes: upserts by fixed ids
    await em.getRepository(ThreadEntity).upsert(threads, ['id']);
    await em.getRepository(PostEntity).upsert(
      posts.map((p) => ({ hidden: false, version: 1, editedAt: null, usefulCount: 0, mentionedIds: [], ...p, bodyHtml: renderMarkdown(p.body) })),
      ['id'],
    );
    // A database seeded before the workspace got threads for its twinnings from the migration (TwinningThreads): the demo's own replace them.
    await em.query(`DELETE FROM thread t WHERE t."id" IN (SELECT md5('twinning-thread:' || x)::uuid FROM unnest($1::uuid[]) x)`, [twinningThreads.map((r) => r.twinningId)]);
    await em.getRepository(TwinningThreadEntity).upsert(twinningThreads, ['twinningId']);
    await em.query(
      `INSERT INTO twinning_participant ("twinningId", "administrationId", "role", "contactId")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::uuid[])
       ON CONFLICT ("twinningId", "administrationId") DO UPDATE SET "role" = EXCLUDED."role", "contactId" = EXCLUDED."contactId"`,
      [participants.map((p) => p.twinningId), participants.map((p) => p.administrationId), participants.map((p) => p.role), participants.map((p) => p.contactId)],
    );
    await em.getRepository(MilestoneEntity).upsert(milestones, ['id']);
    await em.getRepository(BudgetLineEntity).upsert(budget, ['id']);
    await em.getRepository(TwinningCallEntity).upsert(calls, ['id']);
    await em.getRepository(SelectionCriterionEntity).upsert(criteria, ['id']);
    await em.getRepository(TwinningApplicationEntity).upsert(applications, ['id']);
    await em.getRepository(CriterionScoreEntity).upsert(scores, ['applicationId', 'criterionId']);
    await em.getRepository(EventEntity).upsert(events, ['id']);
    await em.query(
      `INSERT INTO event_attendee ("eventId", "memberId", "createdAt")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
      [attendees.map((a) => a.eventId), attendees.map((a) => a.memberId), attendees.map((a) => a.createdAt)],
    );
    await em.query(
      `INSERT INTO follow ("memberId", "targetType", "targetId", "level", "createdAt", "updatedAt")
       SELECT m, 'TWINNING', t, 'WATCHING', c, c FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS x(m, t, c)
       ON CONFLICT ON CONSTRAINT "UQ_follow_member_target" DO NOTHING`,
      [follows.map((f) => f.memberId), follows.map((f) => f.targetId), follows.map((f) => f.createdAt)],
    );
    log(`demo: ${calls.length} avvisi con ${applications.length} candidature, ${milestones.length} tappe, ${budget.length} voci di spesa, ${events.length} incontri`);
  },
};
