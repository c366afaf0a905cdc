import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  BadUserInputError,
  Connection,
  ForbiddenError,
  isUuid,
  JobQueue,
  namedCondition,
  NotFoundError,
  paginate,
  readerOf,
  rootLogger,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { TwinningService, visiblePracticeSql } from '@app/practices';
import { EventChanged, EventReminderDue } from '../workspace.events.js';
import { WorkspaceAccess } from '../workspace-access.js';
import type { CreateEventInput, EventsArgs } from './dto/event.inputs.js';
import { EventAttendeeEntity, EventEntity, visibleEventSql } from './event.entity.js';

const logger = rootLogger.child({ module: 'events' });

/** The queue of the reminders sent the day before an event. */
export const EVENT_REMINDER_QUEUE = 'event-reminder';
const DAY_MS = 24 * 3600 * 1000;

export class EventNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Incontro', id);
  }
}

/**
 * Meetings: moderators schedule the community's, members of a twinning's administrations (and
 * moderators) the twinning's. Community events are public, a twinning's need a signed-in ACTIVE
 * member. Each update bumps the iCalendar SEQUENCE; attendees are reminded the day before.
 */
@Injectable()
export class EventService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly twinnings: TwinningService,
    private readonly access: WorkspaceAccess,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({
      name: EVENT_REMINDER_QUEUE,
      queue: { retryLimit: 3, retryDelay: 30 },
      work: { pollingIntervalSeconds: 1 },
      handler: (data) => this.remind(String(data.eventId), Number(data.sequence)),
    });
    // Events written without the service (the demo community) or whose booking was lost get theirs now;
    // a reminder booked twice is sent once (see remind).
    const pending: EventEntity[] = await this.dataSource.query(
      `SELECT "id", "sequence", "startsAt" FROM event
        WHERE NOT "cancelled" AND "startsAt" > now() AND "remindedSequence" IS DISTINCT FROM "sequence"
        ORDER BY "startsAt" LIMIT 1000`,
    );
    for (const event of pending) await this.scheduleReminder(event);
  }

  /** SQL condition of the events `viewer` may see, over `e`. */
  visibleSql(viewer: ViewerContext): { sql: string; params: Record<string, unknown> } {
    return namedCondition((p) => {
      const reader = readerOf(viewer, p);
      return visibleEventSql('e', viewer.activeMemberId ? reader.memberId : null, visiblePracticeSql('ep', reader));
    });
  }

  async get(viewer: ViewerContext, id: string, em: EntityManager = this.dataSource.manager): Promise<EventEntity> {
    if (!isUuid(id)) throw new EventNotFoundError(id);
    const visible = this.visibleSql(viewer);
    const event = await em.getRepository(EventEntity).createQueryBuilder('e').where('e.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
    if (!event) throw new EventNotFoundError(id);
    return event;
  }

  /** Events still to end after `from` (default now), soonest first. */
  list(viewer: ViewerContext, args: EventsArgs): Promise<Connection<EventEntity>> {
    const visible = this.visibleSql(viewer);
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where(visible.sql, visible.params)
      .andWhere('e."endsAt" > :from', { from: args.from ?? new Date() });
    if (args.twinningId) qb.andWhere('e."twinningId" = :twinningId', { twinningId: args.twinningId });
    return paginate(qb, args, [
      { expr: 'e.startsAt', direction: 'ASC', cast: 'timestamptz', value: (e) => e.startsAt },
      { expr: 'e.id', direction: 'ASC', cast: 'uuid', value: (e) => e.id },
    ]);
  }

  /** Every event the viewer may see in the window of a calendar feed: from `since` on, soonest first, at most 1000. */
  feed(viewer: ViewerContext, since: Date, communityOnly: boolean): Promise<EventEntity[]> {
    const visible = this.visibleSql(viewer);
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where(visible.sql, visible.params)
      .andWhere('e."endsAt" > :since', { since })
      .orderBy('e.startsAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(1000);
    if (communityOnly) qb.andWhere('e."twinningId" IS NULL');
    return qb.getMany();
  }

  private checkInput(input: CreateEventInput): { title: string; description: string | null; place: string | null; onlineUrl: string | null } {
    const errors = [];
    const title = input.title.trim();
    if (title.length < 3) errors.push({ field: 'title', message: 'il titolo va da 3 a 200 caratteri' });
    if (new Date(input.endsAt).getTime() <= new Date(input.startsAt).getTime()) errors.push({ field: 'endsAt', message: "la fine deve seguire l'inizio" });
    if (errors.length) throw new BadUserInputError(errors);
    return {
      title,
      description: input.description?.trim() || null,
      place: input.place?.trim() || null,
      onlineUrl: input.onlineUrl?.trim() || null,
    };
  }

  async create(viewer: ViewerContext, input: CreateEventInput): Promise<EventEntity> {
    viewer.assertCanWrite();
    const clean = this.checkInput(input);
    if (!input.twinningId) {
      if (!viewer.canModerate) throw new ForbiddenError('Solo i moderatori possono programmare gli incontri della comunità');
    }
    const twinning = input.twinningId ? await this.twinnings.get(viewer, input.twinningId) : null;
    const event = await this.tx.run(async (uow) => {
      if (twinning) await this.access.assertPlanner(uow.em, viewer, twinning.id);
      const repo = uow.em.getRepository(EventEntity);
      const saved = await repo.save(
        repo.create({ ...clean, startsAt: input.startsAt, endsAt: input.endsAt, twinningId: twinning?.id ?? null, organiserId: viewer.memberId, cancelled: false, sequence: 0 }),
      );
      await uow.publish(new EventChanged(saved.id, saved.twinningId, viewer.memberId, 'CREATED'));
      return repo.findOneByOrFail({ id: saved.id });
    });
    await this.scheduleReminder(event);
    return event;
  }

  /** Its organiser and moderators edit an event; attendees are told, SEQUENCE goes up. */
  async update(viewer: ViewerContext, id: string, input: CreateEventInput): Promise<EventEntity> {
    viewer.assertCanWrite();
    const clean = this.checkInput(input);
    const event = await this.tx.run(async (uow) => {
      const current = await this.lockEditable(uow.em, viewer, id);
      if ((input.twinningId ?? null) !== current.twinningId) {
        throw BadUserInputError.field('twinningId', "un incontro non passa a un altro gemellaggio: annullalo e creane uno nuovo");
      }
      if (current.cancelled) throw BadUserInputError.field('id', "l'incontro è annullato e non si modifica più");
      const repo = uow.em.getRepository(EventEntity);
      await repo.update(current.id, { ...clean, startsAt: input.startsAt, endsAt: input.endsAt, sequence: current.sequence + 1, updatedAt: new Date() });
      await uow.publish(new EventChanged(current.id, current.twinningId, viewer.memberId, 'UPDATED'));
      return repo.findOneByOrFail({ id: current.id });
    });
    await this.scheduleReminder(event);
    return event;
  }

  /** Cancels an event (it stays in the feeds as CANCELLED); attendees are told. Cancelling twice changes nothing. */
  async cancel(viewer: ViewerContext, id: string): Promise<EventEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const current = await this.lockEditable(uow.em, viewer, id);
      if (current.cancelled) return current;
      const repo = uow.em.getRepository(EventEntity);
      await repo.update(current.id, { cancelled: true, sequence: current.sequence + 1, updatedAt: new Date() });
      await uow.publish(new EventChanged(current.id, current.twinningId, viewer.memberId, 'CANCELLED'));
      return repo.findOneByOrFail({ id: current.id });
    });
  }

  async rsvp(viewer: ViewerContext, eventId: string, attending: boolean): Promise<EventEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const event = await this.get(viewer, eventId, em);
      if (attending) {
        if (event.cancelled) throw new ForbiddenError("L'incontro è stato annullato");
        if (new Date(event.endsAt).getTime() <= Date.now()) throw new ForbiddenError("L'incontro si è già svolto");
        await em.query(`INSERT INTO event_attendee ("eventId", "memberId") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [event.id, viewer.memberId]);
      } else {
        await em.getRepository(EventAttendeeEntity).delete({ eventId: event.id, memberId: viewer.memberId });
      }
      return event;
    });
  }

  private async lockEditable(em: EntityManager, viewer: ViewerContext & { memberId: string }, id: string): Promise<EventEntity> {
    const visible = await this.get(viewer, id, em);
    const event = await em.getRepository(EventEntity).findOneOrFail({ where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
    if (event.organiserId !== viewer.memberId && !viewer.canModerate) {
      throw new ForbiddenError("Solo chi ha organizzato l'incontro e i moderatori possono modificarlo");
    }
    return event;
  }

  /** Books the reminder of this version of the event for the day before (a later version books its own). */
  private async scheduleReminder(event: Pick<EventEntity, 'id' | 'sequence' | 'startsAt'>): Promise<void> {
    const at = new Date(new Date(event.startsAt).getTime() - DAY_MS);
    if (new Date(event.startsAt).getTime() <= Date.now()) return;
    try {
      await this.jobs.sendAfter(EVENT_REMINDER_QUEUE, { eventId: event.id, sequence: event.sequence }, { singletonKey: `${event.id}:${event.sequence}` }, at);
    } catch (err) {
      logger.warn({ err, eventId: event.id }, "promemoria dell'incontro non prenotato");
    }
  }

  /** The reminder job: once per version of an event not cancelled nor started, to its attendees. */
  async remind(eventId: string, sequence: number): Promise<void> {
    if (!isUuid(eventId)) return;
    await this.tx.run(async (uow) => {
      const [rows] = await uow.em.query(
        `UPDATE event SET "remindedSequence" = "sequence"
          WHERE "id" = $1 AND "sequence" = $2 AND NOT "cancelled" AND "startsAt" > now()
            AND "remindedSequence" IS DISTINCT FROM "sequence"
        RETURNING "id"`,
        [eventId, sequence],
      );
      if (rows?.length) await uow.publish(new EventReminderDue(eventId));
    });
  }
}
