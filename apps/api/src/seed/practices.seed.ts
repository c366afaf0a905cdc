import { Role, renderMarkdown } from '@app/core';
import { AdministrationKind, isConvergenceRegion } from '@app/members';
import {
  FieldChange,
  nextFreeSlug,
  PracticeContactEntity,
  PracticeEntity,
  PracticeStatus,
  PracticeUpdateEntity,
  slugify,
  TwinningEntity,
  TwinningReceivingAdministrationEntity,
  TwinningStatus,
  TwinningStatusChangeEntity,
} from '@app/practices';
import { demoId, rng } from './demo-ids.js';
import { DEMO_ADMINISTRATIONS, DemoMember, demoMembers } from './members.seed.js';
import { PRACTICE_TEMPLATES, PracticeTemplate, TWINNING_NOTES, TWINNING_OBJECTIVES, UPDATE_SUMMARIES } from './practice-templates.js';
import type { SeedStep } from './seed-step.js';

/** How many practices the demo catalogue holds; all but a few archived and draft ones are published. */
export const DEMO_PRACTICE_COUNT = 140;
const DAY = 24 * 3600 * 1000;
const CATALOGUE_OPENED = Date.UTC(2011, 4, 2, 9);
const { REGION, HEALTH_AUTHORITY, UNION_OF_MUNICIPALITIES } = AdministrationKind;

type Adm = (typeof DEMO_ADMINISTRATIONS)[number];

/** How the administration is written inside Italian sentences. */
function italianName(adm: Adm): string {
  if (adm[0] === 'ee_tallinn') return 'Comune di Tallinn';
  if (adm[0] === 'es_barcelona') return 'Comune di Barcellona';
  return adm[1];
}

/** With its article: "il Comune di Bari", "la Regione Puglia", "l’Unione dei Comuni del Reventino". */
function articled(name: string): string {
  if (/^(Azienda|Unione)/.test(name)) return `l’${name}`;
  if (/^(Regione|Provincia)/.test(name)) return `la ${name}`;
  if (name === 'Roma Capitale') return name;
  return `il ${name}`;
}

function delEnte(name: string): string {
  if (/^(Azienda|Unione)/.test(name)) return `dell’${name}`;
  if (/^(Regione|Provincia)/.test(name)) return `della ${name}`;
  if (name === 'Roma Capitale') return `di ${name}`;
  return `del ${name}`;
}

function citta(name: string): string {
  if (name === 'Roma Capitale') return 'Roma';
  return name.replace(/^(Comune|Provincia autonoma|Provincia) di /, '');
}

function aCitta(name: string): string {
  return /^[AEIOU]/.test(name) ? `ad ${name}` : `a ${name}`;
}

/** Fills the placeholders, then capitalises sentence starts ("il Comune..." opening a sentence). */
function fill(text: string, vars: Record<string, string | number>): string {
  return text
    .replace(/\{(\w+)\}/g, (all, key: string) => (key in vars ? String(vars[key]) : all))
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_all, start: string, letter: string) => start + letter.toUpperCase());
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** A stable subset of `list` (order kept) of `min`..`max` items. */
function subset<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const size = Math.min(list.length, min + Math.floor(random() * (max - min + 1)));
  const chosen = new Set<number>();
  while (chosen.size < size) chosen.add(Math.floor(random() * list.length));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
}

interface DemoPractice {
  row: Partial<PracticeEntity> & { id: string };
  contactIds: string[];
  updates: Array<Partial<PracticeUpdateEntity> & { id: string }>;
  administrationKey: string;
}

/**
 * The demo catalogue: practices generated from the templates with deterministic variation, each
 * template offered by different administrations of the demo (anywhere in Italy or the EU, in the
 * Convergence regions too), with contacts among the demo members and a few updates.
 */
export function demoPractices(): DemoPractice[] {
  const random = rng(2007);
  const members = demoMembers();
  const usedPairs = new Set<string>();
  const slugs = new Set<string>();
  const practices: DemoPractice[] = [];

  for (let i = 0; practices.length < DEMO_PRACTICE_COUNT; i++) {
    const template: PracticeTemplate = PRACTICE_TEMPLATES[i % PRACTICE_TEMPLATES.length];
    const candidates = DEMO_ADMINISTRATIONS.filter((a) => template.kinds.includes(a[2]) && !usedPairs.has(`${template.key}:${a[0]}`));
    if (!candidates.length) {
      if (i > DEMO_PRACTICE_COUNT * 10) throw new Error('demo: not enough administrations for the practice templates');
      continue;
    }
    const adm = pick(random, candidates);
    usedPairs.add(`${template.key}:${adm[0]}`);
    const index = practices.length;
    const name = italianName(adm);
    const since = template.since ?? 2007;
    const year = since + Math.floor(random() * (2013 - since));
    const vars = {
      ente: articled(name),
      delEnte: delEnte(name),
      citta: citta(name),
      aCitta: aCitta(citta(name)),
      anno: year,
      anno2: Math.min(year + 2, 2013),
      n: (2 + Math.floor(random() * 80)) * 100,
      k: 3 + Math.floor(random() * 28),
      pct: 25 + Math.floor(random() * 45),
      pct2: 10 + Math.floor(random() * 25),
      mesi: 6 + Math.floor(random() * 18),
      giorni: 30 + Math.floor(random() * 60),
    };
    const titles = [REGION, HEALTH_AUTHORITY, UNION_OF_MUNICIPALITIES].includes(adm[2])
      ? template.titles.filter((t) => !t.includes('{citta}'))
      : template.titles;
    const title = fill(pick(random, titles), vars);
    const slug = nextFreeSlug(slugify(title), slugs);
    slugs.add(slug);
    const results = fill(template.results, vars);
    const description = [
      '## Il problema',
      fill(template.problem, vars),
      '## La soluzione',
      fill(template.solution, vars),
      '## Come è stata realizzata',
      fill(template.steps.map((s) => `- ${s}`).join('\n'), vars),
    ].join('\n\n');

    const local = members.filter((m) => m.administrationKey === adm[0]).slice(0, 2);
    const contacts: DemoMember[] = local.length ? local : [members[4 + Math.floor(random() * (members.length - 4))]];
    const createdAt = new Date(CATALOGUE_OPENED + index * 4 * DAY + Math.floor(random() * 8) * 3600 * 1000);
    const status = index % 47 === 46 ? PracticeStatus.ARCHIVED : index % 61 === 60 ? PracticeStatus.DRAFT : PracticeStatus.PUBLISHED;
    const tags = subset(random, template.tags, 3, 4);
    const id = demoId('practice', index);

    const row: DemoPractice['row'] = {
      id,
      slug,
      title,
      summary: fill(pick(random, template.summaries), vars),
      description,
      descriptionHtml: renderMarkdown(description),
      themes: template.themes,
      offeringAdministrationId: demoId('administration', adm[0]),
      year,
      replicability: fill(template.replicability, vars),
      results,
      costEuro: Math.round((template.cost[0] + random() * (template.cost[1] - template.cost[0])) / 1000) * 1000,
      technologies: subset(random, template.technologies, 3, 5),
      tags,
      status,
      version: 1,
      createdById: contacts[0].id,
      createdAt,
      updatedAt: createdAt,
    };

    // A few practices carry their changelog: new results, then the reuse tags.
    const updates: DemoPractice['updates'] = [];
    if (index % 8 === 3) {
      const newResults = fill(template.resultsUpdate, vars);
      const at = new Date(createdAt.getTime() + 75 * DAY);
      updates.push({
        id: demoId('practice-update', `${index}-1`),
        practiceId: id,
        authorId: contacts[0].id,
        changeSummary: UPDATE_SUMMARIES[index % 2 === 0 ? 0 : 2],
        changes: { results: { before: row.results, after: newResults } satisfies FieldChange },
        version: 2,
        createdAt: at,
      });
      row.results = newResults;
      row.version = 2;
      row.updatedAt = at;
      if (index % 24 === 3) {
        const newTags = [...tags, 'riuso', 'kit di riuso'];
        const later = new Date(createdAt.getTime() + 160 * DAY);
        updates.push({
          id: demoId('practice-update', `${index}-2`),
          practiceId: id,
          authorId: contacts[contacts.length - 1].id,
          changeSummary: UPDATE_SUMMARIES[1],
          changes: { tags: { before: tags, after: newTags } satisfies FieldChange },
          version: 3,
          createdAt: later,
        });
        row.tags = newTags;
        row.version = 3;
        row.updatedAt = later;
      }
    }
    practices.push({ row, contactIds: contacts.map((c) => c.id), updates, administrationKey: adm[0] });
  }
  return practices;
}

interface DemoTwinning {
  row: Partial<TwinningEntity> & { id: string };
  receivingIds: string[];
  history: Array<Partial<TwinningStatusChangeEntity> & { id: string }>;
}

const PATH = [TwinningStatus.PROPOSED, TwinningStatus.APPROVED, TwinningStatus.ACTIVE, TwinningStatus.COMPLETED];

/**
 * Fifteen twinnings, three in each status (the cancelled ones stopped at different phases), each
 * with its full history: proposed by a member of a receiving administration, moved on by the
 * coordination's moderators and admin.
 */
export function demoTwinnings(practices: DemoPractice[]): DemoTwinning[] {
  const random = rng(2011_09_22);
  const members = demoMembers();
  const coordinators = members.filter((m) => m.role !== Role.MEMBER);
  const convergence = DEMO_ADMINISTRATIONS.filter((a) => isConvergenceRegion(a[3]));
  const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED);
  const finals = [TwinningStatus.PROPOSED, TwinningStatus.APPROVED, TwinningStatus.ACTIVE, TwinningStatus.COMPLETED, TwinningStatus.CANCELLED];
  const twinnings: DemoTwinning[] = [];

  for (let j = 0; j < 15; j++) {
    const practice = published[(j * 37 + 5) % published.length];
    const final = finals[j % finals.length];
    const steps = final === TwinningStatus.CANCELLED ? [...PATH.slice(0, 1 + Math.floor(j / 5)), TwinningStatus.CANCELLED] : PATH.slice(0, PATH.indexOf(final) + 1);
    const receiving = subset(
      random,
      convergence.filter((a) => a[0] !== practice.administrationKey),
      1,
      3,
    );
    const receivingIds = receiving.map((a) => demoId('administration', a[0]));
    const proposer = members.find((m) => m.administrationKey === receiving[0][0] && m.role === Role.MEMBER) ?? members[10 + j];
    const id = demoId('twinning', j);
    const proposedAt = Date.UTC(2011, 9, 3, 10) + j * 21 * DAY;
    let at = proposedAt;
    const history: DemoTwinning['history'] = steps.map((to, k) => {
      if (k > 0) at += (30 + Math.floor(random() * 45)) * DAY;
      return {
        id: demoId('twinning-change', `${j}-${k}`),
        twinningId: id,
        from: k === 0 ? null : steps[k - 1],
        to,
        byId: k === 0 ? proposer.id : pick(random, coordinators).id,
        note: k === 0 ? null : pick(random, TWINNING_NOTES[to]),
        at: new Date(at),
      };
    });
    const when = (status: TwinningStatus) => history.find((h) => h.to === status)?.at ?? null;
    const title = practice.row.title!;
    const names = receiving.map((a) => articled(italianName(a)));
    const riceventi = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} e ${names[names.length - 1]}`;
    twinnings.push({
      row: {
        id,
        practiceId: practice.row.id,
        offeringAdministrationId: practice.row.offeringAdministrationId,
        proposedById: proposer.id,
        status: final,
        objectives: fill(pick(random, TWINNING_OBJECTIVES), { riceventi, pratica: title }),
        budgetEuro: (30 + Math.floor(random() * 220)) * 1000,
        startDate: when(TwinningStatus.ACTIVE),
        endDate: when(TwinningStatus.COMPLETED) ?? when(TwinningStatus.CANCELLED),
        createdAt: new Date(proposedAt),
        updatedAt: new Date(at),
      },
      receivingIds,
      history,
    });
  }
  return twinnings;
}

export const practicesSeed: SeedStep = {
  name: 'buone pratiche e gemellaggi',
  async run({ em, log }) {
    const practices = demoPractices();
    await em.getRepository(PracticeEntity).upsert(
      practices.map((p) => p.row),
      ['id'],
    );
    await em.getRepository(PracticeContactEntity).upsert(
      practices.flatMap((p) => p.contactIds.map((memberId, position) => ({ practiceId: p.row.id, memberId, position, createdAt: p.row.createdAt }))),
      ['practiceId', 'memberId'],
    );
    await em.getRepository(PracticeUpdateEntity).upsert(
      // jsonb "changes" holds arbitrary before/after values, which TypeORM's deep-partial type cannot express
      practices.flatMap((p) => p.updates) as never,
      ['id'],
    );

    const twinnings = demoTwinnings(practices);
    await em.getRepository(TwinningEntity).upsert(
      twinnings.map((t) => t.row),
      ['id'],
    );
    await em.getRepository(TwinningReceivingAdministrationEntity).upsert(
      twinnings.flatMap((t) => t.receivingIds.map((administrationId, position) => ({ twinningId: t.row.id, administrationId, position }))),
      ['twinningId', 'administrationId'],
    );
    await em.getRepository(TwinningStatusChangeEntity).upsert(
      twinnings.flatMap((t) => t.history),
      ['id'],
    );
    const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED).length;
    log(`demo: ${practices.length} buone pratiche (${published} pubblicate), ${twinnings.length} gemellaggi`);
  },
};
