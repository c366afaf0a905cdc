import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUuid, UnauthenticatedError, ViewerContext } from '@app/core';
import { MemberEntity, ViewerService } from '@app/members';
import { DataSource } from 'typeorm';
import { CalendarService } from './calendar.js';
import { EventEntity } from './event.entity.js';
import { EventNotFoundError, EventService } from './event.service.js';

/** Past events stay in a feed for this long. */
const FEED_PAST_DAYS = 90;

/**
 * `GET /eventi/<id>.ics`: one event (a community event to anybody; a twinning's with the signed
 * key of `Event.icsUrl` or a bearer token of an ACTIVE member who may see it). `GET /calendario.ics`:
 * the upcoming community events, or with `membro` and `chiave` (`Member.calendarFeedUrl`) every
 * event that member may see.
 */
@Controller()
export class CalendarController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly calendar: CalendarService,
    private readonly viewers: ViewerService,
  ) {}

  @Get('eventi/:file')
  async event(@Param('file') file: string, @Query('key') key: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    if (!id || !isUuid(id)) throw new EventNotFoundError(file);
    // A valid key was handed to someone who could see the event: it opens the event without headers.
    const event = this.calendar.verifyEventKey(id, key)
      ? await this.dataSource.getRepository(EventEntity).findOneBy({ id })
      : await this.visibleTo(await this.viewers.fromAuthorization(req.get('authorization')), id);
    if (!event) throw new EventNotFoundError(id);
    this.send(res, `incontro-${id}.ics`, this.calendar.render(event.title, [event]));
  }

  private async visibleTo(viewer: ViewerContext, id: string): Promise<EventEntity> {
    try {
      return await this.events.get(viewer, id);
    } catch (err) {
      if (!viewer.activeMemberId && err instanceof EventNotFoundError) {
        const [twinningEvent] = await this.dataSource.query(`SELECT 1 FROM event WHERE "id" = $1 AND "twinningId" IS NOT NULL`, [id]);
        if (twinningEvent) throw new UnauthenticatedError("Per questo incontro accedi, oppure usa il collegamento indicato nella pagina");
      }
      throw err;
    }
  }

  @Get('calendario.ics')
  async feed(@Query('membro') memberId: unknown, @Query('chiave') key: unknown, @Res() res: Response): Promise<void> {
    const since = new Date(Date.now() - FEED_PAST_DAYS * 24 * 3600 * 1000);
    if (memberId === undefined && key === undefined) {
      const events = await this.events.feed(ViewerContext.anonymous(), new Date(), true);
      this.send(res, 'calendario.ics', this.calendar.render('Incontri della comunità', events));
      return;
    }
    if (typeof memberId !== 'string' || !isUuid(memberId) || !this.calendar.verifyFeedKey(memberId, key)) {
      throw new UnauthenticatedError('Indirizzo del calendario personale non valido');
    }
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id: memberId });
    if (!member) throw new UnauthenticatedError('Indirizzo del calendario personale non valido');
    const viewer = ViewerContext.member(member.id, member.role, member.status);
    const events = await this.events.feed(viewer, since, false);
    this.send(res, 'calendario.ics', this.calendar.render('I miei incontri', events));
  }

  private send(res: Response, fileName: string, body: string): void {
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200).send(body);
  }
}
