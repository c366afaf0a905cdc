import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AppConfig, type Connection, isUuid, paginate, renderMarkdown, TransactionRunner, type UnitOfWork, ViewerContext } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { AdministrationNotFoundError, NeedNotFoundError, NotAMemberOfAdministrationError } from '../reuse.errors.js';
import { NeedMatched } from '../reuse.events.js';
import { NeedStatus } from '../reuse.enums.js';
import { NEED_MATCHED_MAX_PRACTICES, NEED_MATCHED_THRESHOLD } from '../match/match-weights.js';
import { MatchService } from '../match/match.service.js';
import type { PracticeMatch } from '../match/practice-match.model.js';
import type { NeedsArgs, PublishNeedInput } from './dto/need.inputs.js';
import { NeedEntity } from './need.entity.js';

/** How many open needs, the newest, a published or edited practice is matched against. */
const OPEN_NEEDS_RECHECKED = 20;

/** The administration a member belongs to, read in the transaction (null for none). */
export async function administrationOf(em: EntityManager, memberId: string): Promise<string | null> {
  const member = await em.getRepository(MemberEntity).findOne({ where: { id: memberId }, select: { id: true, administrationId: true } });
  return member?.administrationId ?? null;
}

/**
 * Needs (fabbisogni): published by a member for their own administration, public to everybody,
 * closed by their author, a member of their administration or a moderator. Publishing matches
 * the need with the catalogue and records the practices above the threshold, whose contacts hear
 * of it once per need and practice.
 */
@Injectable()
export class NeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
    private readonly matcher: MatchService,
  ) {}

  async get(id: string): Promise<NeedEntity> {
    const need = isUuid(id) ? await this.dataSource.getRepository(NeedEntity).findOneBy({ id }) : null;
    if (!need) throw new NeedNotFoundError(id);
    return need;
  }

  list(args: NeedsArgs): Promise<Connection<NeedEntity>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(NeedEntity).createQueryBuilder('n');
    if (filter.status) qb.andWhere('n.status = :status', { status: filter.status });
    if (filter.administrationId) qb.andWhere('n.administrationId = :adm', { adm: filter.administrationId });
    if (filter.themes?.length) qb.andWhere('n.themes && :themes::text[]', { themes: filter.themes });
    if (filter.region) {
      qb.andWhere('EXISTS (SELECT 1 FROM administration a WHERE a.id = n."administrationId" AND a.region = :region)', { region: filter.region });
    }
    return paginate(qb, args, [
      { expr: 'n.createdAt', direction: 'DESC', cast: 'timestamptz', value: (n) => n.createdAt },
      { expr: 'n.id', direction: 'DESC', cast: 'uuid', value: (n) => n.id },
    ]);
  }

  /** The practices that match the need, best first. */
  matches(need: NeedEntity, first: number): Promise<PracticeMatch[]> {
    return this.matcher.match({ text: needText(need), themes: need.themes, administrationId: need.administrationId, first: clamp(first) });
  }

  async publish(viewer: ViewerContext, input: PublishNeedInput): Promise<NeedEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const { em } = uow;
      if (!(await em.getRepository(AdministrationEntity).existsBy({ id: input.administrationId }))) {
        throw new AdministrationNotFoundError(input.administrationId);
      }
      if ((await administrationOf(em, viewer.memberId)) !== input.administrationId) {
        throw new NotAMemberOfAdministrationError('pubblicarne i fabbisogni');
      }
      const repo = em.getRepository(NeedEntity);
      const need = await repo.save(
        repo.create({
          administrationId: input.administrationId,
          authorId: viewer.memberId,
          title: input.title,
          description: input.description,
          descriptionHtml: renderMarkdown(input.description, { allowedImageHosts: this.config.allowedImageHosts }),
          themes: [...new Set(input.themes)],
          status: NeedStatus.OPEN,
        }),
      );
      await this.recordMatches(uow, need);
      return need;
    });
  }

  /**
   * Records the practices that match `need` at or above the threshold (the best few) and raises
   * NeedMatched with those never matched with it before, so their contacts hear once per need
   * and practice. Returns the ids of those practices.
   */
  private async recordMatches(uow: UnitOfWork, need: NeedEntity): Promise<string[]> {
    const { em } = uow;
    const matches = await this.matcher.match(
      { text: needText(need), themes: need.themes, administrationId: need.administrationId, first: NEED_MATCHED_MAX_PRACTICES },
      em,
    );
    const above = matches.filter((m) => m.score >= NEED_MATCHED_THRESHOLD);
    if (!above.length) return [];
    const recorded: Array<{ practiceId: string }> = await em.query(
      `INSERT INTO need_practice_match ("needId", "practiceId", "score")
       SELECT $1, m.id, m.score FROM unnest($2::uuid[], $3::float8[]) AS m(id, score)
       ON CONFLICT DO NOTHING RETURNING "practiceId"`,
      [need.id, above.map((m) => m.practiceId), above.map((m) => m.score)],
    );
    const fresh = new Set(recorded.map((r) => r.practiceId));
    const newly = above.map((m) => m.practiceId).filter((id) => fresh.has(id));
    if (newly.length) await uow.publish(new NeedMatched(need.id, need.authorId, newly));
    return newly;
  }

  /**
   * A practice was published or edited: the open needs it may answer (of another administration,
   * sharing a theme or a word of its title; the newest OPEN_NEEDS_RECHECKED) are matched again,
   * in the practice's transaction, and any pair newly above the threshold notifies its contacts.
   */
  async matchOpenNeeds(uow: UnitOfWork, practiceId: string): Promise<void> {
    const candidates: Array<{ id: string }> = await uow.em.query(
      `SELECT n."id" FROM need n, practice p
        WHERE p."id" = $1 AND p."status" = 'PUBLISHED' AND n."status" = 'OPEN'
          AND n."administrationId" <> p."offeringAdministrationId"
          AND (n."themes" && p."themes"
               OR n."searchVector" @@ (SELECT string_agg(quote_literal(l), ' | ')
                                         FROM unnest(tsvector_to_array(to_tsvector('italian_unaccent', p."title"))) l)::tsquery)
        ORDER BY n."createdAt" DESC, n."id" DESC
        LIMIT $2`,
      [practiceId, OPEN_NEEDS_RECHECKED],
    );
    if (!candidates.length) return;
    const needs = await uow.em.getRepository(NeedEntity).findBy({ id: In(candidates.map((c) => c.id)) });
    for (const need of needs) await this.recordMatches(uow, need);
  }

  async close(viewer: ViewerContext, id: string): Promise<NeedEntity> {
    viewer.assertCanWrite();
    if (!isUuid(id)) throw new NeedNotFoundError(id);
    return this.tx.run(async ({ em }) => {
      const repo = em.getRepository(NeedEntity);
      const need = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw new NeedNotFoundError(id);
      const allowed = viewer.canModerate || need.authorId === viewer.memberId || (await administrationOf(em, viewer.memberId)) === need.administrationId;
      if (!allowed) throw new NotAMemberOfAdministrationError('chiuderne i fabbisogni');
      if (need.status === NeedStatus.CLOSED) return need;
      await repo.update(need.id, { status: NeedStatus.CLOSED, closedAt: new Date(), closedById: viewer.memberId });
      return repo.findOneByOrFail({ id: need.id });
    });
  }
}

/** What the matching reads of a need: its title and description. */
export function needText(need: { title: string; description: string }): string {
  return `${need.title}\n${need.description}`;
}

function clamp(first: number | null | undefined): number {
  return Math.max(1, Math.min(50, first ?? 10));
}
