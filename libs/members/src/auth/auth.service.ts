import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  MemberStatus,
  TokenService,
  TransactionRunner,
  UnauthenticatedError,
  ViewerContext,
} from '@app/core';
import { AdministrationService } from '../administration/administration.service.js';
import { InvitationEntity } from '../invitation/invitation.entity.js';
import { MemberEntity } from '../member/member.entity.js';
import type { RegisterInput } from './dto/register.input.js';
import { LoginLimiter } from './login-limiter.js';
import { PasswordHasher } from './password-hasher.js';

export interface AuthResult {
  token: string;
  member: MemberEntity;
  /** The signed-in member as a viewer, for the rest of the request that signed in. */
  viewer: ViewerContext;
}

export function signedIn(token: string, member: MemberEntity): AuthResult {
  return { token, member, viewer: ViewerContext.member(member.id, member.role, member.status, member.joinedAt) };
}

function duplicate(field: string, message: string): ConflictError {
  const error = new ConflictError(message);
  error.extensions.fields = [{ field, message }];
  return error;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly administrations: AdministrationService,
    private readonly limiter: LoginLimiter,
  ) {}

  /**
   * Failed attempts are limited per e-mail and per address (RATE_LIMIT_LOGIN, see
   * LoginLimiter): each attempt is admitted before the password is hashed, and its slots
   * are given back when the password is right.
   */
  async login(emailInput: string, password: string, address = 'unknown'): Promise<AuthResult> {
    const email = emailInput.trim().toLowerCase();
    const ticket = await this.limiter.admit(email, address);
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.email = :email', { email })
      .getOne();
    const ok = await this.hasher.verify(member?.passwordHash ?? null, password);
    // A suspended member's right password answers (and counts) exactly like a wrong one,
    // so the answer tells nothing about the account to whoever is guessing.
    if (!member || !ok || member.status !== MemberStatus.ACTIVE) throw new UnauthenticatedError('E-mail o password non corretti');
    await this.limiter.succeeded(ticket);
    return signedIn(this.tokens.sign(member.id, member.tokenVersion), member);
  }

  async register(input: RegisterInput): Promise<AuthResult> {
    const email = input.email.trim().toLowerCase();
    // Checked before hashing so a bad invitation costs nothing; checked again under lock below.
    await this.checkInvitation(this.dataSource.manager, input.invitationCode, email, false);
    if (input.administrationId) await this.administrations.assertExists(input.administrationId, 'administrationId');
    const passwordHash = await this.hasher.hash(input.password);

    const member = await this.tx.run(async ({ em }) => {
      const invitation = await this.checkInvitation(em, input.invitationCode, email, true);
      const repo = em.getRepository(MemberEntity);
      if (await repo.existsBy({ handle: input.handle })) throw duplicate('handle', `il nome utente @${input.handle} è già in uso`);
      if (await repo.existsBy({ email })) throw duplicate('email', 'indirizzo già registrato');
      const created = await repo.save(
        repo.create({
          email,
          handle: input.handle,
          displayName: input.displayName.trim(),
          position: input.position,
          jobTitle: input.jobTitle?.trim() || null,
          administrationId: input.administrationId ?? null,
          role: invitation.role,
          status: MemberStatus.ACTIVE,
          passwordHash,
          expertise: [],
        }),
      );
      await em.update(InvitationEntity, invitation.id, { acceptedAt: new Date(), acceptedById: created.id });
      return created;
    });
    return signedIn(this.tokens.sign(member.id), member);
  }

  private async checkInvitation(
    em: import('typeorm').EntityManager,
    code: string,
    email: string,
    lock: boolean,
  ): Promise<InvitationEntity> {
    const invitation = await em.getRepository(InvitationEntity).findOne({
      where: { code },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw BadUserInputError.field('invitationCode', 'codice di invito non valido');
    if (invitation.revokedAt) {
      throw BadUserInputError.field('invitationCode', "questo invito è stato revocato da un amministratore: chiedine uno nuovo se ti serve");
    }
    if (invitation.acceptedAt) throw BadUserInputError.field('invitationCode', 'questo invito è già stato utilizzato');
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw BadUserInputError.field('invitationCode', "l'invito è scaduto: chiedine uno nuovo a un amministratore");
    }
    if (invitation.email !== email) {
      throw BadUserInputError.field('email', "l'indirizzo non corrisponde a quello dell'invito");
    }
    return invitation;
  }
}
