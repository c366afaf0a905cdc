import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig, ConflictError, isUuid, lockKey, NotFoundError, Role, TransactionRunner, UnitOfWork, ViewerContext } from '@app/core';
import { Outbox } from '@app/mail';
import { MemberEntity } from '../member/member.entity.js';
import type { CreateInvitationInput } from './dto/create-invitation.input.js';
import { InvitationEntity, InvitationStatus, invitationStatus } from './invitation.entity.js';
import { invitationEmail } from './invitation.mail.js';

export const INVITATION_VALIDITY_DAYS = 14;

function newExpiry(): Date {
  return new Date(Date.now() + INVITATION_VALIDITY_DAYS * 24 * 3600 * 1000);
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** A new invitation, or the open one of the same address renewed (new expiry and role, same code); e-mailed either way. */
  async create(viewer: ViewerContext, input: CreateInvitationInput): Promise<InvitationEntity> {
    viewer.assertAdmin();
    const email = input.email.trim().toLowerCase();
    const role = input.role ?? Role.MEMBER;
    return this.tx.run(async (uow) => {
      const { em } = uow;
      // Two admins inviting the same address at once end with one invitation.
      await lockKey(em, `invitation:${email}`);
      if (await em.getRepository(MemberEntity).existsBy({ email })) {
        const error = new ConflictError(`${email} è già membro della comunità: non serve un invito`);
        error.extensions.fields = [{ field: 'email', message: 'questo indirizzo è già di un membro della comunità' }];
        throw error;
      }
      const repo = em.getRepository(InvitationEntity);
      const open = await repo.findOne({
        where: { email, acceptedAt: IsNull(), revokedAt: IsNull() },
        order: { createdAt: 'DESC', id: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      const invitation = open
        ? Object.assign(open, { role, expiresAt: newExpiry(), ...(input.fiscalCode ? { fiscalCode: input.fiscalCode } : {}) })
        : repo.create({
            email,
            role,
            fiscalCode: input.fiscalCode ?? null,
            code: randomBytes(18).toString('base64url'),
            createdById: viewer.memberId,
            expiresAt: newExpiry(),
          });
      return this.send(uow, invitation);
    });
  }

  /** PENDING or EXPIRED: a new expiry, e-mailed again (sentAt marks the new sending). */
  async resend(viewer: ViewerContext, id: string): Promise<InvitationEntity> {
    viewer.assertAdmin();
    return this.tx.run(async (uow) => {
      const invitation = await this.lock(uow.em, id);
      const status = invitationStatus(invitation);
      if (status === InvitationStatus.ACCEPTED) throw new ConflictError("L'invito è già stato accettato: non si può inviare di nuovo");
      if (status === InvitationStatus.REVOKED) throw new ConflictError("L'invito è stato revocato: creane uno nuovo per questo indirizzo");
      invitation.expiresAt = newExpiry();
      return this.send(uow, invitation);
    });
  }

  /** Saves the invitation and puts its e-mail in the outbox, in the same transaction. */
  private async send(uow: UnitOfWork, invitation: InvitationEntity): Promise<InvitationEntity> {
    invitation.sentAt = new Date();
    const saved = await uow.em.getRepository(InvitationEntity).save(invitation);
    await this.outbox.add(uow, invitationEmail(this.config.publicUrl, saved));
    return saved;
  }

  /** The code stops working at once (registration locks the same row); revoking twice changes nothing. */
  async revoke(viewer: ViewerContext, id: string): Promise<InvitationEntity> {
    viewer.assertAdmin();
    return this.tx.run(async ({ em }) => {
      const invitation = await this.lock(em, id);
      if (invitation.revokedAt) return invitation;
      if (invitation.acceptedAt) throw new ConflictError("L'invito è già stato accettato: non si può più revocare");
      invitation.revokedAt = new Date();
      return em.getRepository(InvitationEntity).save(invitation);
    });
  }

  /** Newest first; the list an admin keeps an eye on (bounded, since invitations are few). */
  async list(viewer: ViewerContext): Promise<InvitationEntity[]> {
    viewer.assertAdmin();
    return this.dataSource.getRepository(InvitationEntity).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: 500 });
  }

  private async lock(em: EntityManager, id: string): Promise<InvitationEntity> {
    const invitation = isUuid(id)
      ? await em.getRepository(InvitationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!invitation) throw new NotFoundError('Invito', id);
    return invitation;
  }
}
