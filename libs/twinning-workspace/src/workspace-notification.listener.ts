import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEventBus } from '@app/core';
import { NotificationSink, NotificationType } from '@app/notifications';
import { TwinningProposed } from '@app/practices';
import { participantMemberSql } from './plan/plan.entity.js';
import { TwinningPlanService } from './plan/plan.service.js';
import { EventChanged, EventReminderDue, MilestoneCompleted, MilestoneDueTomorrow, TwinningCallAwarded, TwinningCallOpened } from './workspace.events.js';

const quoted = (s: string) => `«${s.length > 80 ? `${s.slice(0, 79)}…` : s}»`;
const ROME_TIME = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' });
const ROME_DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** Members WATCHING the twinning `$1` and members of its participant administrations. */
const TWINNING_AUDIENCE = `
  SELECT f."memberId" AS id FROM follow f WHERE f."targetType" = 'TWINNING' AND f."targetId" = $1 AND f."level" = 'WATCHING'
  UNION
  SELECT m."id" FROM member m WHERE ${participantMemberSql('m', '$1::text::uuid')}`;

/**
 * The workspace's side of the domain events: the working thread opened with each proposed
 * twinning, and the notifications of calls, milestones and meetings, handed to the
 * notifications lib's sink inside the transaction of their cause.
 */
@Injectable()
export class WorkspaceNotificationListener implements OnModuleInit {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly sink: NotificationSink,
    private readonly plan: TwinningPlanService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(TwinningProposed, (uow, e) => this.plan.openThread(uow, e.twinningId, e.actorId));

    this.bus.subscribe(TwinningCallOpened, async (uow, e) => {
      const [ctx] = await uow.em.query(
        `SELECT c."title", p."title" AS "practiceTitle" FROM twinning_call c JOIN practice p ON p."id" = c."practiceId" WHERE c."id" = $1`,
        [e.callId],
      );
      // Followers of the practice, and members of Convergence administrations with one of its themes among their expertise.
      const recipients: Array<{ id: string }> = await uow.em.query(
        `SELECT f."memberId" AS id FROM follow f
          WHERE f."targetType" = 'PRACTICE' AND f."targetId" = $1 AND f."level" IN ('WATCHING', 'WATCHING_FIRST_POST')
         UNION
         SELECT m."id" FROM member m JOIN administration a ON a."id" = m."administrationId", practice p
          WHERE p."id" = $1::text::uuid AND a."region" IN ('CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA') AND m."expertise" && p."themes"::text[]
         EXCEPT
         SELECT mf."memberId" FROM follow mf WHERE mf."targetType" = 'PRACTICE' AND mf."targetId" = $1 AND mf."level" = 'MUTED'`,
        [e.practiceId],
      );
      const text = `Nuovo avviso ${quoted(ctx.title)} per la buona pratica ${quoted(ctx.practiceTitle)}: candidature aperte`;
      await this.sink.notify(
        uow,
        NotificationType.TWINNING_CALL,
        { actorId: e.actorId, practiceId: e.practiceId, callId: e.callId },
        recipients.map((r) => ({ recipientId: r.id, text })),
      );
    });

    this.bus.subscribe(TwinningCallAwarded, async (uow, e) => {
      const rows: Array<{ authorId: string; rank: number; selected: boolean; name: string; title: string; total: number }> = await uow.em.query(
        `SELECT a."authorId", a."rank", a."selected", ad."name", c."title", count(*) OVER ()::int AS total
           FROM twinning_application a JOIN administration ad ON ad."id" = a."administrationId" JOIN twinning_call c ON c."id" = a."callId"
          WHERE a."callId" = $1 ORDER BY a."rank"`,
        [e.callId],
      );
      await this.sink.notify(
        uow,
        NotificationType.CALL_OUTCOME,
        { actorId: e.actorId, practiceId: e.practiceId, callId: e.callId, twinningId: e.twinningId },
        rows.map((r) => ({
          recipientId: r.authorId,
          text:
            `Avviso ${quoted(r.title)}: la candidatura di ${r.name} è al ${r.rank}° posto su ${r.total} in graduatoria ed è ` +
            (r.selected ? 'stata selezionata per il gemellaggio' : 'non selezionata'),
        })),
      );
    });

    this.bus.subscribe(MilestoneCompleted, async (uow, e) => {
      const [ctx] = await uow.em.query(
        `SELECT ms."title", p."title" AS "practiceTitle", w."practiceId" FROM milestone ms JOIN twinning w ON w."id" = ms."twinningId"
           JOIN practice p ON p."id" = w."practiceId" WHERE ms."id" = $1`,
        [e.milestoneId],
      );
      const text = `Tappa completata nel gemellaggio sulla buona pratica ${quoted(ctx.practiceTitle)}: ${quoted(ctx.title)}`;
      await this.sink.notify(
        uow,
        NotificationType.MILESTONE,
        { actorId: e.actorId, practiceId: ctx.practiceId, twinningId: e.twinningId },
        (await this.audience(uow.em, e.twinningId)).map((id) => ({ recipientId: id, text })),
      );
    });

    this.bus.subscribe(MilestoneDueTomorrow, async (uow, e) => {
      const [ctx] = await uow.em.query(
        `SELECT ms."title", p."title" AS "practiceTitle", w."practiceId" FROM milestone ms JOIN twinning w ON w."id" = ms."twinningId"
           JOIN practice p ON p."id" = w."practiceId" WHERE ms."id" = $1`,
        [e.milestoneId],
      );
      const text = `Domani scade la tappa ${quoted(ctx.title)} del gemellaggio sulla buona pratica ${quoted(ctx.practiceTitle)}`;
      await this.sink.notify(
        uow,
        NotificationType.MILESTONE,
        { actorId: null, practiceId: ctx.practiceId, twinningId: e.twinningId },
        (await this.audience(uow.em, e.twinningId)).map((id) => ({ recipientId: id, text })),
      );
    });

    this.bus.subscribe(EventChanged, async (uow, e) => {
      const [ev] = await uow.em.query(`SELECT "title", "startsAt" FROM event WHERE "id" = $1`, [e.eventId]);
      const when = ROME_DATE.format(new Date(ev.startsAt));
      const text =
        e.change === 'CREATED'
          ? `Nuovo incontro ${quoted(ev.title)}, il ${when}`
          : e.change === 'UPDATED'
            ? `L'incontro ${quoted(ev.title)} è cambiato: ora il ${when}`
            : `L'incontro ${quoted(ev.title)} del ${when} è stato annullato`;
      const ids = new Set<string>();
      if (e.change !== 'CREATED') for (const id of await this.attendees(uow.em, e.eventId)) ids.add(id);
      if (e.twinningId) for (const id of await this.audience(uow.em, e.twinningId)) ids.add(id);
      else if (e.change === 'CREATED') {
        // A community event is for the whole community.
        const rows: Array<{ id: string }> = await uow.em.query(`SELECT "id" FROM member WHERE "status" = 'ACTIVE'`);
        for (const r of rows) ids.add(r.id);
      }
      await this.sink.notify(
        uow,
        NotificationType.EVENT,
        { actorId: e.actorId, twinningId: e.twinningId, eventId: e.eventId },
        [...ids].map((id) => ({ recipientId: id, text })),
      );
    });

    this.bus.subscribe(EventReminderDue, async (uow, e) => {
      const [ev] = await uow.em.query(`SELECT "title", "startsAt", "twinningId" FROM event WHERE "id" = $1`, [e.eventId]);
      const text = `Promemoria: domani alle ${ROME_TIME.format(new Date(ev.startsAt))} l'incontro ${quoted(ev.title)}`;
      await this.sink.notify(
        uow,
        NotificationType.EVENT,
        { actorId: null, twinningId: ev.twinningId, eventId: e.eventId },
        (await this.attendees(uow.em, e.eventId)).map((id) => ({ recipientId: id, text })),
      );
    });
  }

  private async audience(em: EntityManager, twinningId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await em.query(TWINNING_AUDIENCE, [twinningId]);
    return rows.map((r) => r.id);
  }

  private async attendees(em: EntityManager, eventId: string): Promise<string[]> {
    const rows: Array<{ memberId: string }> = await em.query(`SELECT "memberId" FROM event_attendee WHERE "eventId" = $1`, [eventId]);
    return rows.map((r) => r.memberId);
  }
}
