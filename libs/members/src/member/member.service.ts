import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  Connection,
  ForbiddenError,
  isUuid,
  MemberStatus,
  NotFoundError,
  paginate,
  renderMarkdown,
  Role,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { likePattern } from '../administration/administration.service.js';
import { AdministrationService } from '../administration/administration.service.js';
import { MemberRoleChanged, MemberStatusChanged } from '../members.events.js';
import type { MembersArgs } from './dto/members.args.js';
import type { UpdateProfileInput } from './dto/update-profile.input.js';
import { MemberEntity } from './member.entity.js';
import { recordVisit } from './member.queries.js';

@Injectable()
export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly administrations: AdministrationService,
    private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<MemberEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(MemberEntity).findOneBy({ id });
  }

  async me(viewer: ViewerContext): Promise<MemberEntity | null> {
    return viewer.memberId ? this.get(viewer.memberId) : null;
  }

  /** A member's e-mail as the viewer may read it: only the member and the admins see it. */
  visibleEmail(viewer: ViewerContext, memberId: string, email: string): string | null {
    return viewer.is(memberId) || viewer.isAdmin ? email : null;
  }

  list(args: MembersArgs): Promise<Connection<MemberEntity>> {
    const qb = this.dataSource.getRepository(MemberEntity).createQueryBuilder('m');
    const filter = args.filter ?? {};
    if (filter.query?.trim()) {
      qb.andWhere(
        `(lower(m.displayName) LIKE :q OR lower(m.handle) LIKE :q OR lower(coalesce(m.jobTitle, '')) LIKE :q OR lower(coalesce(m.bio, '')) LIKE :q)`,
        { q: likePattern(filter.query) },
      );
    }
    if (filter.administrationId) qb.andWhere('m.administrationId = :adm', { adm: filter.administrationId });
    if (filter.region) {
      qb.andWhere('m.administrationId IN (SELECT a.id FROM administration a WHERE a.region = :region)', { region: filter.region });
    }
    if (filter.expertise) qb.andWhere(':theme = ANY(m.expertise)', { theme: filter.expertise });
    return paginate(qb, args, [
      { expr: 'm.displayName', direction: 'ASC', cast: 'text', value: (m) => m.displayName },
      { expr: 'm.id', direction: 'ASC', cast: 'uuid', value: (m) => m.id },
    ]);
  }

  async updateProfile(viewer: ViewerContext, input: UpdateProfileInput): Promise<MemberEntity> {
    viewer.assertCanWrite();
    if (input.administrationId) await this.administrations.assertExists(input.administrationId, 'administrationId');
    return this.tx.run(async ({ em }) => {
      const repo = em.getRepository(MemberEntity);
      const member = await repo.findOneOrFail({ where: { id: viewer.memberId }, lock: { mode: 'pessimistic_write' } });
      if (input.displayName != null) member.displayName = input.displayName.trim();
      if (input.position != null) member.position = input.position;
      if (input.jobTitle !== undefined) member.jobTitle = input.jobTitle?.trim() || null;
      if (input.administrationId !== undefined && input.administrationId !== member.administrationId) {
        // The administration a member speaks for names practices and twinnings: declared once, changed by an admin.
        if (member.administrationId && !viewer.isAdmin) {
          throw new ForbiddenError('Hai già indicato la tua amministrazione: per cambiarla chiedi a un amministratore della comunità');
        }
        member.administrationId = input.administrationId;
      }
      if (input.bio !== undefined) {
        member.bio = input.bio?.trim() || null;
        member.bioHtml = member.bio ? renderMarkdown(member.bio, { allowedImageHosts: this.config.allowedImageHosts }) : null;
      }
      if (input.expertise != null) member.expertise = [...new Set(input.expertise)];
      return repo.save(member);
    });
  }

  async setRole(viewer: ViewerContext, memberId: string, role: Role): Promise<MemberEntity> {
    viewer.assertAdmin();
    if (viewer.is(memberId)) throw new ForbiddenError('Non puoi cambiare il tuo stesso ruolo');
    return this.tx.run(async (uow) => {
      const member = await this.lockForAdmin(uow.em, memberId);
      if (member.role === role) return member;
      const from = member.role;
      member.role = role;
      await uow.em.update(MemberEntity, member.id, { role });
      await uow.publish(new MemberRoleChanged(member.id, viewer.memberId, from, role));
      return member;
    });
  }

  async setStatus(viewer: ViewerContext, memberId: string, status: MemberStatus, reason?: string | null): Promise<MemberEntity> {
    viewer.assertAdmin();
    if (viewer.is(memberId)) throw new ForbiddenError('Non puoi sospendere o riattivare il tuo stesso account');
    return this.tx.run(async (uow) => {
      const member = await this.lockForAdmin(uow.em, memberId);
      if (member.status === status) return member;
      const from = member.status;
      member.status = status;
      await uow.em.update(MemberEntity, member.id, { status });
      await uow.publish(new MemberStatusChanged(member.id, viewer.memberId, from, status, reason?.trim() || null));
      return member;
    });
  }

  /**
   * A visit of the member (a socket connection): after an hour away the last visit becomes the
   * previous one, the digest's default start.
   */
  recordVisit(memberId: string): Promise<void> {
    return recordVisit(this.dataSource, memberId);
  }

  /** An admin sets the administration a member speaks for (members declare theirs only once). */
  async setAdministration(viewer: ViewerContext, memberId: string, administrationId: string | null): Promise<MemberEntity> {
    viewer.assertAdmin();
    if (administrationId) await this.administrations.assertExists(administrationId, 'administrationId');
    return this.tx.run(async ({ em }) => {
      const member = await this.lockForAdmin(em, memberId);
      if (member.administrationId === administrationId) return member;
      member.administrationId = administrationId;
      await em.update(MemberEntity, member.id, { administrationId });
      return member;
    });
  }

  private async lockForAdmin(em: import('typeorm').EntityManager, memberId: string): Promise<MemberEntity> {
    const member = isUuid(memberId)
      ? await em.getRepository(MemberEntity).findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!member) throw new NotFoundError('Membro', memberId);
    return member;
  }
}
