import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MemberStatus, Role, TokenService } from '@app/core';
import {
  AdministrationEntity,
  AdministrationKind,
  InvitationEntity,
  MemberEntity,
  PasswordHasher,
  Position,
  Region,
  Theme,
} from '@app/members';
import {
  PracticeContactEntity,
  PracticeEntity,
  PracticeStatus,
  TwinningEntity,
  TwinningReceivingAdministrationEntity,
  TwinningStatus,
  TwinningStatusChangeEntity,
} from '@app/practices';
import { CategoryEntity, PostEntity, ThreadEntity, ThreadStatus } from '@app/forum';
import { FollowEntity, FollowLevel, FollowTargetType, NotificationEntity, NotificationType } from '@app/notifications';

export const TEST_PASSWORD = 'password-di-prova-2026';

export interface SeededMember extends MemberEntity {
  /** A valid access token for this member. */
  token: string;
  password: string;
}

function suffix(): string {
  return randomBytes(4).toString('hex');
}

/** Inserts background data directly; the behaviour under test goes through GraphQL. */
export class Seeder {
  private passwordHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
  ) {}

  async administration(overrides: Partial<AdministrationEntity> = {}): Promise<AdministrationEntity> {
    const repo = this.dataSource.getRepository(AdministrationEntity);
    return repo.save(
      repo.create({
        name: `Comune di Prova ${suffix()}`,
        kind: AdministrationKind.MUNICIPALITY,
        region: Region.CAMPANIA,
        country: 'IT',
        ipaCode: null,
        ...overrides,
      }),
    );
  }

  async member(overrides: Partial<MemberEntity> = {}): Promise<SeededMember> {
    const repo = this.dataSource.getRepository(MemberEntity);
    const id = suffix();
    const passwordHash = await (this.passwordHash ??= this.hasher.hash(TEST_PASSWORD));
    const saved = await repo.save(
      repo.create({
        email: `membro.${id}@comune.example.it`,
        handle: `membro.${id}`,
        displayName: `Membro ${id}`,
        position: Position.OFFICIAL,
        role: Role.MEMBER,
        status: MemberStatus.ACTIVE,
        expertise: [],
        administrationId: null,
        passwordHash,
        ...overrides,
      }),
    );
    return Object.assign(saved, { token: this.tokens.sign(saved.id), password: TEST_PASSWORD });
  }

  moderator(overrides: Partial<MemberEntity> = {}): Promise<SeededMember> {
    return this.member({ role: Role.MODERATOR, ...overrides });
  }

  admin(overrides: Partial<MemberEntity> = {}): Promise<SeededMember> {
    return this.member({ role: Role.ADMIN, ...overrides });
  }

  async invitation(overrides: Partial<InvitationEntity> = {}): Promise<InvitationEntity> {
    const repo = this.dataSource.getRepository(InvitationEntity);
    return repo.save(
      repo.create({
        email: `invitato.${suffix()}@comune.example.it`,
        role: Role.MEMBER,
        code: randomBytes(18).toString('base64url'),
        expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000),
        ...overrides,
      }),
    );
  }

  async follow(memberId: string, targetType: FollowTargetType, targetId: string, level = FollowLevel.WATCHING): Promise<FollowEntity> {
    const repo = this.dataSource.getRepository(FollowEntity);
    return repo.save(repo.create({ memberId, targetType, targetId, level }));
  }

  async notification(overrides: Partial<NotificationEntity> & { recipientId: string }): Promise<NotificationEntity> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    return repo.save(repo.create({ type: NotificationType.NEW_POST, text: 'Notifica di prova', ...overrides }));
  }

  /** A category created by the forum migration (one per theme plus "generale"). */
  category(slug = 'generale'): Promise<CategoryEntity> {
    return this.dataSource.getRepository(CategoryEntity).findOneByOrFail({ slug });
  }

  /** A thread with its opening post (rendered as plain text: the factory does not run Markdown). */
  async thread(
    overrides: Partial<ThreadEntity> & { authorId: string; body?: string },
  ): Promise<ThreadEntity & { openingPostId: string }> {
    const { body = 'Messaggio di apertura', ...fields } = overrides;
    const categoryId = fields.categoryId ?? (await this.category()).id;
    const at = fields.createdAt ?? new Date();
    const thread = await this.dataSource.getRepository(ThreadEntity).save(
      this.dataSource.getRepository(ThreadEntity).create({
        title: `Discussione di prova ${suffix()}`,
        tags: [],
        status: ThreadStatus.OPEN,
        pinned: false,
        hidden: false,
        createdAt: at,
        lastActivityAt: at,
        ...fields,
        categoryId,
      }),
    );
    const opening = await this.post({ threadId: thread.id, authorId: thread.authorId, body, opening: true, createdAt: at });
    return Object.assign(thread, { openingPostId: opening.id });
  }

  /** One post; the thread's last activity follows it. */
  async post(overrides: Partial<PostEntity> & { threadId: string; authorId: string }): Promise<PostEntity> {
    const repo = this.dataSource.getRepository(PostEntity);
    const body = overrides.body ?? `Risposta di prova ${suffix()}`;
    const saved = await repo.save(repo.create({ body, bodyHtml: `<p>${body}</p>`, createdAt: new Date(), ...overrides }));
    await this.dataSource.query(`UPDATE thread SET "lastActivityAt" = greatest("lastActivityAt", $2) WHERE id = $1`, [
      saved.threadId,
      saved.createdAt,
    ]);
    return saved;
  }

  /** `count` replies in one statement, one millisecond apart, authors taken in turn from `authorIds`. */
  async posts(threadId: string, authorIds: string[], count: number, start = new Date()): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO post ("threadId", "authorId", "body", "bodyHtml", "createdAt")
       SELECT $1, ($2::uuid[])[1 + (i % cardinality($2::uuid[]))], 'Risposta ' || i, '<p>Risposta ' || i || '</p>',
              $4::timestamptz + make_interval(secs => i / 1000.0)
       FROM generate_series(1, $3::int) AS i`,
      [threadId, authorIds, count, start],
    );
    await this.dataSource.query(
      `UPDATE thread SET "lastActivityAt" = greatest("lastActivityAt", $2::timestamptz + make_interval(secs => $3::int / 1000.0)) WHERE id = $1`,
      [threadId, start, count],
    );
  }

  /** A practice (PUBLISHED unless told) offered by a new administration outside the Convergence regions. */
  async practice(overrides: Partial<PracticeEntity> & { contactIds?: string[] } = {}): Promise<PracticeEntity> {
    const { contactIds = [], ...fields } = overrides;
    const offeringAdministrationId =
      fields.offeringAdministrationId ?? (await this.administration({ name: `Comune Offerente ${suffix()}`, region: Region.EMILIA_ROMAGNA })).id;
    const id = suffix();
    const repo = this.dataSource.getRepository(PracticeEntity);
    const practice = await repo.save(
      repo.create({
        slug: `pratica-di-prova-${id}`,
        title: `Pratica di prova ${id}`,
        summary: 'Una buona pratica inserita per i test.',
        description: 'Descrizione della pratica di prova.',
        descriptionHtml: '<p>Descrizione della pratica di prova.</p>',
        themes: [Theme.CITIZEN_SERVICES],
        year: 2010,
        technologies: [],
        tags: [],
        status: PracticeStatus.PUBLISHED,
        version: 1,
        ...fields,
        offeringAdministrationId,
      }),
    );
    if (contactIds.length) {
      await this.dataSource
        .getRepository(PracticeContactEntity)
        .insert(contactIds.map((memberId, position) => ({ practiceId: practice.id, memberId, position })));
    }
    return practice;
  }

  /**
   * A twinning of a practice, with a history that walks the normal path up to `status`
   * (CANCELLED is reached straight from PROPOSED), every step by `proposedById`.
   */
  async twinning(
    overrides: Partial<TwinningEntity> & { practiceId: string; proposedById: string; receivingAdministrationIds: string[] },
  ): Promise<TwinningEntity> {
    const { receivingAdministrationIds, ...fields } = overrides;
    const practice = await this.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: fields.practiceId });
    const repo = this.dataSource.getRepository(TwinningEntity);
    const status = fields.status ?? TwinningStatus.PROPOSED;
    const twinning = await repo.save(
      repo.create({
        offeringAdministrationId: practice.offeringAdministrationId,
        objectives: 'Trasferire la pratica alle amministrazioni riceventi.',
        budgetEuro: null,
        ...fields,
        status,
      }),
    );
    await this.dataSource
      .getRepository(TwinningReceivingAdministrationEntity)
      .insert(receivingAdministrationIds.map((administrationId, position) => ({ twinningId: twinning.id, administrationId, position })));
    const path = [TwinningStatus.PROPOSED, TwinningStatus.APPROVED, TwinningStatus.ACTIVE, TwinningStatus.COMPLETED];
    const steps = status === TwinningStatus.CANCELLED ? [TwinningStatus.PROPOSED, TwinningStatus.CANCELLED] : path.slice(0, path.indexOf(status) + 1);
    const start = Date.now() - steps.length * 1000;
    await this.dataSource.getRepository(TwinningStatusChangeEntity).insert(
      steps.map((to, i) => ({
        twinningId: twinning.id,
        from: i === 0 ? null : steps[i - 1],
        to,
        byId: fields.proposedById,
        note: null,
        at: new Date(start + i * 1000),
      })),
    );
    return twinning;
  }
}
