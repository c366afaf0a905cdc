import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Member } from '@app/members';
import { Notification } from '@app/notifications';
import { TwinningCall, toTwinningCall } from './call/call.model.js';
import { CalendarService } from './event/calendar.js';
import { Event, toEvent } from './event/event.model.js';
import { WorkspaceLoadersFactory } from './workspace.loaders.js';

/** Member.calendarFeedUrl: the member's own secret feed, null for anybody else. */
@Resolver(() => Member)
export class MemberCalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @ResolveField(() => String, { nullable: true })
  calendarFeedUrl(@Parent() member: Member, @Ctx() ctx: RequestContext): string | null {
    return ctx.viewer.activeMemberId === member.id ? this.calendar.feedUrl(member.id) : null;
  }
}

/** Notification.event and Notification.call, for notifications about the workspace. */
@Resolver(() => Notification)
export class NotificationWorkspaceFieldsResolver {
  constructor(private readonly loaders: WorkspaceLoadersFactory) {}

  @ResolveField(() => Event, { nullable: true })
  async event(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Event | null> {
    if (!notification.eventId) return null;
    const event = await this.loaders.for(ctx).eventById.load(notification.eventId);
    return event && toEvent(event);
  }

  @ResolveField(() => TwinningCall, { nullable: true })
  async call(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<TwinningCall | null> {
    if (!notification.callId) return null;
    const call = await this.loaders.for(ctx).callById.load(notification.callId);
    return call && toTwinningCall(call);
  }
}
