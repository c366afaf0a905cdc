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
} from '@app/members';
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
}
