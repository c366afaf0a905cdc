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
import { DEMO_ADMINISTRATIONS, DemoAdministration, demoAdministration, demoMembers } from './members.seed.js';
import { PRACTICE_TEMPLATES, PracticeTemplate, TECHNOLOGY_SINCE, TWINNING_NOTES, TWINNING_OBJECTIVES, UPDATE_SUMMARIES } from './practice-templates.js';
import type { SeedStep } from './seed-step.js';

/** How many practices the demo catalogue holds; all but a few archived and draft ones are published. */
export const DEMO_PRACTICE_COUNT = 140;
/** Practices loaded before the presentation of the database at Lamezia Terme (22 September 2011). */
const BEFORE_LAMEZIA = 136;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const CATALOGUE_OPENED = Date.UTC(2011, 4, 2);
const FIRST_YEAR = 2007;
const { MUNICIPALITY, FOREIGN_ADMINISTRATION } = AdministrationKind;

/** How the administration is written inside Italian sentences. */
function italianName(adm: DemoAdministration): string {
  if (adm.key === 'ee_tallinn') return 'Comune di Tallinn';
  if (adm.key === 'es_barcelona') return 'Comune di Barcellona';
  return adm.name;
}

/** With its article: "il Comune di Bari", "la Regione Puglia", "l’Unione dei Comuni della Grecìa Salentina". */
function articled(name: string): string {
  if (/^(Azienda|Unione)/.test(name)) return `l’${name}`;
  if (/^(Regione|Provincia)/.test(name)) return `la ${name}`;
  if (name === 'Roma Capitale') return name;
  return `il ${name}`;
}

function withPreposition(name: string, preposition: 'di' | 'a'): string {
  const [masculine, feminine, elided] = preposition === 'di' ? ['del', 'della', 'dell’'] : ['al', 'alla', 'all’'];
  if (/^(Azienda|Unione)/.test(name)) return `${elided}${name}`;
  if (/^(Regione|Provincia)/.test(name)) return `${feminine} ${name}`;
  if (name === 'Roma Capitale') return `${preposition} ${name}`;
  return `${masculine} ${name}`;
}

function citta(adm: DemoAdministration): string {
  return adm.territory.replace(/^di /, '');
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

/** `days` working days after `from` (Saturdays and Sundays skipped), at `hour` UTC. */
function workingDaysAfter(from: number, days: number, hour: number): Date {
  let at = from;
  for (let left = days; left > 0 || [0, 6].includes(new Date(at).getUTCDay()); ) {
    at += DAY;
    if (![0, 6].includes(new Date(at).getUTCDay())) left--;
  }
  const day = new Date(at);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
}

/** The n-th practice's publication: about four a week until Lamezia Terme, then one a season; in office hours, in order. */
function publicationDate(index: number, random: () => number): Date {
  const days = (i: number) => (i < BEFORE_LAMEZIA ? Math.floor(i * 0.75) : Math.floor(BEFORE_LAMEZIA * 0.75) + (i - BEFORE_LAMEZIA + 1) * 55);
  const secondOfTheDay = index > 0 && days(index - 1) === days(index);
  return workingDaysAfter(CATALOGUE_OPENED, days(index), (secondOfTheDay ? 12 : 7) + Math.floor(random() * 4));
}

/** The first year `template` can have started at `adm`, or null if the pair does not fit. */
function firstYear(template: PracticeTemplate, adm: DemoAdministration): number | null {
  if (!template.kinds.includes(adm.kind) || !(template.countries ?? ['IT']).includes(adm.country)) return null;
  return Math.max(FIRST_YEAR, template.since ?? FIRST_YEAR, adm.since ?? FIRST_YEAR);
}

/**
 * Experiences the forum discusses, offered by the administrations of the members who tell of them
 * there (the SUAP and the SPC network of a union, a SIT with its script, a regional CUP...).
 */
const FORUM_PRACTICES: Array<[template: string, administration: string]> = [
  ['suap', 'u_terredicastelli'],
  ['spc', 'u_terredicastelli'],
  ['sit', 'c_c351'],
  ['catasto', 'c_c351'],
  ['mense', 'c_f839'],
  ['protocollo', 'c_a662'],
  ['pec', 'c_a662'],
  ['open-data', 'r_emiro'],
  ['cup', 'r_puglia'],
  ['cooperazione-regionale', 'r_calabr'],
  ['e-procurement', 'p_le'],
  ['e-procurement', 'r_toscan'],
  ['certificati', 'c_i754'],
  ['sue', 'c_l049'],
  ['voip', 'c_f158'],
  ['firma', 'c_l219'],
  ['banda-larga', 'c_a509'],
  ['ina-saia', 'c_h703'],
  ['conservazione', 'c_d086'],
  ['portale', 'c_a783'],
];

export interface DemoPractice {
  row: Partial<PracticeEntity> & { id: string; createdAt: Date; updatedAt: Date };
  contactIds: string[];
  updates: Array<Partial<PracticeUpdateEntity> & { id: string }>;
  administrationKey: string;
  templateKey: string;
}

/**
 * The demo catalogue: practices generated from the templates with deterministic variation, each
 * template offered by different administrations of the demo (anywhere in Italy or the EU, in the
 * Convergence regions too) that have members, who are its contacts. A practice starts no earlier
 * than its template, its administration and the technologies it lists, and at least a year before
 * it is published; its "updatedAt" is the date of its latest update, or of its publication.
 */
export function demoPractices(): DemoPractice[] {
  const random = rng(2007);
  const members = demoMembers();
  const offering = DEMO_ADMINISTRATIONS.filter((a) => members.some((m) => m.administrationKey === a.key) && a.kind !== AdministrationKind.CENTRAL_ADMINISTRATION);
  const usedPairs = new Set<string>();
  const slugs = new Set<string>();
  const practices: DemoPractice[] = [];

  for (let i = 0; practices.length < DEMO_PRACTICE_COUNT; i++) {
    if (i > DEMO_PRACTICE_COUNT * 20) throw new Error('demo: not enough administrations for the practice templates');
    const index = practices.length;
    const createdAt = publicationDate(index, random);
    const lastYear = createdAt.getUTCFullYear() - 1;
    const fits = (t: PracticeTemplate, a: DemoAdministration) => !usedPairs.has(`${t.key}:${a.key}`) && (firstYear(t, a) ?? Infinity) <= lastYear;
    let template: PracticeTemplate;
    let adm: DemoAdministration;
    if (index < FORUM_PRACTICES.length) {
      const [templateKey, admKey] = FORUM_PRACTICES[index];
      template = PRACTICE_TEMPLATES.find((t) => t.key === templateKey)!;
      adm = demoAdministration(admKey);
      if (!fits(template, adm)) throw new Error(`demo: ${templateKey} cannot be offered by ${admKey}`);
    } else {
      template = PRACTICE_TEMPLATES[i % PRACTICE_TEMPLATES.length];
      const candidates = offering.filter((a) => fits(template, a));
      if (!candidates.length) continue;
      adm = pick(random, candidates);
    }
    usedPairs.add(`${template.key}:${adm.key}`);
    const name = italianName(adm);
    const since = firstYear(template, adm)!;
    const year = since + Math.floor(random() * (lastYear - since + 1));
    const k = 3 + Math.floor(random() * 28);
    const vars: Record<string, string | number> = {
      ente: articled(name),
      delEnte: withPreposition(name, 'di'),
      alEnte: withPreposition(name, 'a'),
      territorio: adm.territory,
      citta: citta(adm),
      aCitta: aCitta(citta(adm)),
      anno: year,
      n: (2 + Math.floor(random() * 80)) * 100,
      k,
      kk: k + 4 + Math.floor(random() * 20),
      k2: pick(random, ['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove']),
      pct: 25 + Math.floor(random() * 45),
      pct2: 10 + Math.floor(random() * 25),
      mesi: 6 + Math.floor(random() * 18),
      giorni: 30 + Math.floor(random() * 60),
    };
    // "{citta}" titles read well for cities only ("Il portale dei tributi di Lecce" is not the province's).
    const cityLike = adm.kind === MUNICIPALITY || adm.kind === FOREIGN_ADMINISTRATION;
    const titles = cityLike ? template.titles : template.titles.filter((t) => !/\{(citta|aCitta)\}/.test(t));
    const title = fill(pick(random, titles), vars);
    const slug = nextFreeSlug(slugify(title), slugs);
    slugs.add(slug);
    const description = [
      '## Il problema',
      fill(template.problem, vars),
      '## La soluzione',
      fill(template.solution, vars),
      '## Come è stata realizzata',
      fill(template.steps.map((s) => `- ${s}`).join('\n'), vars),
    ].join('\n\n');

    const contacts = members.filter((m) => m.administrationKey === adm.key).slice(0, 2);
    const status = index % 47 === 46 ? PracticeStatus.ARCHIVED : index % 61 === 60 ? PracticeStatus.DRAFT : PracticeStatus.PUBLISHED;
    const tags = subset(random, template.tags, 3, 4);
    const technologies = subset(
      random,
      template.technologies.filter((t) => (TECHNOLOGY_SINCE[t] ?? FIRST_YEAR) <= year),
      3,
      5,
    );
    const summary = fill(pick(random, template.summaries), vars);
    const costEuro = Math.round((template.cost[0] + random() * (template.cost[1] - template.cost[0])) / 1000) * 1000;
    const id = demoId('practice', index);

    const row: DemoPractice['row'] = {
      id,
      slug,
      title,
      summary,
      description,
      descriptionHtml: renderMarkdown(description),
      themes: template.themes,
      offeringAdministrationId: demoId('administration', adm.key),
      year,
      replicability: fill(template.replicability, vars),
      results: fill(template.results, vars),
      costEuro,
      technologies,
      tags,
      status,
      version: 1,
      createdById: contacts[0].id,
      createdAt,
      updatedAt: createdAt,
    };

    // A few practices carry their changelog: new results, then the reuse tags. Updates are written on
    // working days, and an update that tells of later events (dati.gov.it, residence in real time) waits for them.
    const updates: DemoPractice['updates'] = [];
    if (index % 8 === 3) {
      const from = template.resultsUpdateFrom ? Date.parse(template.resultsUpdateFrom) : 0;
      const at = workingDaysAfter(Math.max(createdAt.getTime() + 75 * DAY, from + (index % 15) * DAY), 0, 8 + (index % 8));
      const newResults = fill(template.resultsUpdate, { ...vars, anno2: Math.min(year + 2, at.getUTCFullYear()) });
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
        const later = workingDaysAfter(at.getTime(), 60, 9 + (index % 7));
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
    practices.push({ row, contactIds: contacts.map((c) => c.id), updates, administrationKey: adm.key, templateKey: template.key });
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
  const convergence = DEMO_ADMINISTRATIONS.filter((a) => isConvergenceRegion(a.region) && members.some((m) => m.administrationKey === a.key));
  const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED);
  const offers = new Set(practices.map((p) => `${p.templateKey}:${p.administrationKey}`));
  const finals = [TwinningStatus.PROPOSED, TwinningStatus.APPROVED, TwinningStatus.ACTIVE, TwinningStatus.COMPLETED, TwinningStatus.CANCELLED];
  const twinnings: DemoTwinning[] = [];

  for (let j = 0; j < 15; j++) {
    const proposedAt = Date.UTC(2011, 9, 3, 10) + j * 21 * DAY;
    // A twinning is proposed on a practice already in the catalogue, by administrations that could run it and do not yet.
    const known = published.filter((p) => p.row.createdAt.getTime() <= proposedAt - 30 * DAY);
    const adopters = (p: DemoPractice) => {
      const template = PRACTICE_TEMPLATES.find((t) => t.key === p.templateKey)!;
      // An EU city's experience goes to municipalities.
      const kinds = template.kinds.includes(FOREIGN_ADMINISTRATION) ? [MUNICIPALITY] : template.kinds;
      return convergence.filter((a) => kinds.includes(a.kind) && !offers.has(`${template.key}:${a.key}`));
    };
    let position = (j * 37 + 5) % known.length;
    while (!adopters(known[position]).length) position = (position + 1) % known.length;
    const practice = known[position];
    const final = finals[j % finals.length];
    const steps = final === TwinningStatus.CANCELLED ? [...PATH.slice(0, 1 + Math.floor(j / 5)), TwinningStatus.CANCELLED] : PATH.slice(0, PATH.indexOf(final) + 1);
    const receiving = subset(random, adopters(practice), 1, 3);
    const receivingIds = receiving.map((a) => demoId('administration', a.key));
    const proposer = members.find((m) => m.administrationKey === receiving[0].key && m.role === Role.MEMBER)!;
    const id = demoId('twinning', j);
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
    const contacts = practices.flatMap((p) => p.contactIds.map((memberId, position) => ({ practiceId: p.row.id, memberId, position, createdAt: p.row.createdAt })));
    // A database seeded by an earlier demo keeps no contact the demo no longer lists (they came from other administrations).
    await em.query(
      `DELETE FROM practice_contact c
        WHERE c."practiceId" = ANY($1::uuid[])
          AND (c."practiceId", c."memberId") NOT IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))`,
      [practices.map((p) => p.row.id), contacts.map((c) => c.practiceId), contacts.map((c) => c.memberId)],
    );
    await em.getRepository(PracticeContactEntity).upsert(contacts, ['practiceId', 'memberId']);
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
    const receiving = twinnings.flatMap((t) => t.receivingIds.map((administrationId, position) => ({ twinningId: t.row.id, administrationId, position })));
    await em.query(
      `DELETE FROM twinning_receiving_administration r
        WHERE r."twinningId" = ANY($1::uuid[])
          AND (r."twinningId", r."administrationId") NOT IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))`,
      [twinnings.map((t) => t.row.id), receiving.map((r) => r.twinningId), receiving.map((r) => r.administrationId)],
    );
    await em.getRepository(TwinningReceivingAdministrationEntity).upsert(receiving, ['twinningId', 'administrationId']);
    await em.getRepository(TwinningStatusChangeEntity).upsert(
      twinnings.flatMap((t) => t.history),
      ['id'],
    );
    const published = practices.filter((p) => p.row.status === PracticeStatus.PUBLISHED).length;
    log(`demo: ${practices.length} buone pratiche (${published} pubblicate), ${twinnings.length} gemellaggi`);
  },
};
