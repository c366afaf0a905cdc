import { createHash, randomBytes } from 'node:crypto';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import {
  AppConfig,
  JobQueue,
  BadUserInputError,
  MemberStatus,
  RateLimitedError,
  RateLimitStore,
  TokenService,
  TransactionRunner,
  UnitOfWork,
  ViewerContext,
} from '@app/core';
import { Outbox } from '@app/mail';
import { MemberEntity } from '../member/member.entity.js';
import { MemberPasswordChanged } from '../members.events.js';
import { AuthResult, signedIn } from './auth.service.js';
import { LoginLimiter } from './login-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { passwordChangedEmail, passwordResetEmail } from './password.mail.js';

/** A reset link works for one hour. */
export const PASSWORD_RESET_VALIDITY_MS = 3600 * 1000;
/** Reset requests per e-mail and per address, per hour. */
const RESET_REQUESTS_PER_EMAIL = 3;
const RESET_REQUESTS_PER_ADDRESS = 10;
const RESET_WINDOW_MS = 3600 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function invalidLink(): BadUserInputError {
  return BadUserInputError.field('token', 'il collegamento non è valido, è già stato usato o è scaduto: chiedine uno nuovo');
}

/**
 * Password reset by e-mail and password change. Either one raises the member's tokenVersion, so
 * every access token issued before stops working, clears the e-mail's login block and e-mails
 * the member that the password changed.
 */
@Injectable()
export class PasswordService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginLimiter,
    private readonly rateLimits: RateLimitStore,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: 'password-reset-retention', cron: '40 3 * * *', handler: async () => void (await this.purgeResets()) });
  }

  /** Deletes reset links expired more than a day ago (used or not); returns how many. */
  async purgeResets(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(`DELETE FROM password_reset WHERE "expiresAt" < now() - interval '1 day'`);
    return deleted;
  }

  /**
   * Always true, whether or not a member has that e-mail (nothing to enumerate); an ACTIVE
   * member with it gets a single-use link. Limited per e-mail and per address.
   */
  async requestReset(emailInput: string, address = 'unknown'): Promise<boolean> {
    const email = emailInput.trim().toLowerCase();
    for (const [key, limit] of [
      [`password-reset:ip:${address}`, RESET_REQUESTS_PER_ADDRESS],
      [`password-reset:email:${email}`, RESET_REQUESTS_PER_EMAIL],
    ] as const) {
      const slot = await this.rateLimits.take(key, RESET_WINDOW_MS, limit);
      if (!slot.taken) throw new RateLimitedError(Math.max(1, Math.ceil(slot.ttlMs / 1000)));
    }
    await this.tx.run(async (uow) => {
      const member = await uow.em.getRepository(MemberEntity).findOneBy({ email, status: MemberStatus.ACTIVE });
      if (!member) return;
      const token = randomBytes(32).toString('base64url');
      const resets = uow.em.getRepository(PasswordResetEntity);
      // Only the newest link works.
      await resets.delete({ memberId: member.id, usedAt: IsNull() });
      await resets.insert({ memberId: member.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_VALIDITY_MS) });
      await this.outbox.add(uow, passwordResetEmail(this.config.publicUrl, member.email, token));
    });
    return true;
  }

  /** Sets the password of the link's member and signs them in; the link then stops working. */
  async reset(token: string, password: string): Promise<AuthResult> {
    const tokenHash = hashToken(token);
    const where = { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    // Checked before hashing so a bad link costs nothing; checked again under lock below.
    if (!(await this.dataSource.getRepository(PasswordResetEntity).existsBy(where))) throw invalidLink();
    const passwordHash = await this.hasher.hash(password);
    const member = await this.tx.run(async (uow) => {
      const reset = await uow.em.getRepository(PasswordResetEntity).findOne({ where, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw invalidLink();
      const member = await uow.em.getRepository(MemberEntity).findOneBy({ id: reset.memberId, status: MemberStatus.ACTIVE });
      if (!member) throw invalidLink();
      await uow.em.update(PasswordResetEntity, reset.id, { usedAt: new Date() });
      return this.setPassword(uow, member, passwordHash);
    });
    await this.limiter.clearEmail(member.email);
    return signedIn(this.tokens.sign(member.id, member.tokenVersion), member);
  }

  /** The signed-in member's new password; a wrong current one counts as a failed login. */
  async change(viewer: ViewerContext, currentPassword: string, newPassword: string, address = 'unknown'): Promise<AuthResult> {
    viewer.assertCanWrite();
    const current = await this.withHash(this.dataSource.manager, viewer.memberId);
    if (!current) throw BadUserInputError.field('currentPassword', 'la password attuale non è corretta');
    const ticket = await this.limiter.admit(current.email, address);
    if (!(await this.hasher.verify(current.passwordHash, currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'la password attuale non è corretta');
    }
    await this.limiter.succeeded(ticket);
    const passwordHash = await this.hasher.hash(newPassword);
    const member = await this.tx.run(async (uow) => {
      const member = await uow.em.getRepository(MemberEntity).findOne({ where: { id: viewer.memberId }, lock: { mode: 'pessimistic_write' } });
      // Another change in between (another session): this one was checked against an old password.
      if (!member || member.tokenVersion !== current.tokenVersion) {
        throw BadUserInputError.field('currentPassword', 'la password è appena stata cambiata: accedi di nuovo');
      }
      return this.setPassword(uow, member, passwordHash);
    });
    await this.limiter.clearEmail(member.email);
    return signedIn(this.tokens.sign(member.id, member.tokenVersion), member);
  }

  private async setPassword(uow: UnitOfWork, member: MemberEntity, passwordHash: string): Promise<MemberEntity> {
    const [row]: Array<{ tokenVersion: number }> = await uow.em.query(
      `UPDATE member SET "passwordHash" = $2, "tokenVersion" = "tokenVersion" + 1, "updatedAt" = now() WHERE "id" = $1 RETURNING "tokenVersion"`,
      [member.id, passwordHash],
    ).then((result: [Array<{ tokenVersion: number }>, number]) => result[0]);
    member.tokenVersion = row.tokenVersion;
    await this.outbox.add(uow, passwordChangedEmail(this.config.publicUrl, member.email));
    await uow.publish(new MemberPasswordChanged(member.id, member.tokenVersion));
    return member;
  }

  private withHash(em: EntityManager, memberId: string): Promise<MemberEntity | null> {
    return em.getRepository(MemberEntity).createQueryBuilder('m').addSelect('m.passwordHash').where('m.id = :memberId', { memberId }).getOne();
  }
}
