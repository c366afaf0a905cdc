import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, Role, TransactionRunner, ViewerContext } from '@app/core';
import { MemberEntity } from '../member/member.entity.js';
import type { CreateInvitationInput } from './dto/create-invitation.input.js';
import { InvitationEntity } from './invitation.entity.js';

export const INVITATION_VALIDITY_DAYS = 14;

@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async create(viewer: ViewerContext, input: CreateInvitationInput): Promise<InvitationEntity> {
    viewer.assertAdmin();
    const email = input.email.trim().toLowerCase();
    return this.tx.run(async ({ em }) => {
      if (await em.getRepository(MemberEntity).existsBy({ email })) {
        const error = new ConflictError(`Esiste già un membro registrato con l'indirizzo ${email}`);
        error.extensions.fields = [{ field: 'email', message: 'indirizzo già registrato' }];
        throw error;
      }
      const repo = em.getRepository(InvitationEntity);
      return repo.save(
        repo.create({
          email,
          role: input.role ?? Role.MEMBER,
          code: randomBytes(18).toString('base64url'),
          createdById: viewer.memberId,
          expiresAt: new Date(Date.now() + INVITATION_VALIDITY_DAYS * 24 * 3600 * 1000),
        }),
      );
    });
  }

  /** Newest first; the list an admin keeps an eye on (bounded, since invitations are few). */
  async list(viewer: ViewerContext): Promise<InvitationEntity[]> {
    viewer.assertAdmin();
    return this.dataSource.getRepository(InvitationEntity).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: 500 });
  }
}
