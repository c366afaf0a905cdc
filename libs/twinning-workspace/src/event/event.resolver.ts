import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { NotificationsLoadersFactory } from '@app/notifications';
import { toTwinning, Twinning } from '@app/practices';
import { WorkspaceLoadersFactory } from '../workspace.loaders.js';
import { CalendarService } from './calendar.js';
import { CreateEventInput, EventsArgs } from './dto/event.inputs.js';
import { Event, EventConnection, toEvent } from './event.model.js';
import { EventService } from './event.service.js';

@Resolver(() => Event)
export class EventResolver {
  constructor(
    private readonly service: EventService,
    private readonly calendar: CalendarService,
    private readonly loaders: WorkspaceLoadersFactory,
    private readonly members: MembersLoadersFactory,
    private readonly notifications: NotificationsLoadersFactory,
  ) {}

  @Query(() => Event, { nullable: true })
  async event(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Event> {
    return toEvent(await this.service.get(viewer, id));
  }

  @Query(() => EventConnection)
  async events(@Viewer() viewer: ViewerContext, @Args() args: EventsArgs) {
    const page = await this.service.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toEvent) };
  }

  @Mutation(() => Event)
  async createEvent(@Viewer() viewer: ViewerContext, @Args('input') input: CreateEventInput): Promise<Event> {
    return toEvent(await this.service.create(viewer, input));
  }

  @Mutation(() => Event)
  async updateEvent(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: CreateEventInput): Promise<Event> {
    return toEvent(await this.service.update(viewer, id, input));
  }

  @Mutation(() => Event)
  async cancelEvent(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Event> {
    return toEvent(await this.service.cancel(viewer, id));
  }

  @Mutation(() => Event)
  async rsvpEvent(@Viewer() viewer: ViewerContext, @Args('eventId', { type: () => ID }) eventId: string, @Args('attending') attending: boolean): Promise<Event> {
    return toEvent(await this.service.rsvp(viewer, eventId, attending));
  }

  @ResolveField(() => Twinning, { nullable: true })
  async twinning(@Parent() event: Event, @Ctx() ctx: RequestContext): Promise<Twinning | null> {
    if (!event.twinningId) return null;
    const twinning = await this.notifications.for(ctx).twinningById.load(event.twinningId);
    return twinning && toTwinning(twinning);
  }

  @ResolveField(() => Member)
  async organiser(@Parent() event: Event, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(event.organiserId))!);
  }

  @ResolveField(() => Int)
  attendeeCount(@Parent() event: Event, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).attendeeCount.load(event.id);
  }

  @ResolveField(() => Boolean)
  viewerAttending(@Parent() event: Event, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.loaders.for(ctx).viewerAttending.load(event.id);
  }

  @ResolveField(() => String, { description: 'GET: text/calendar (RFC 5545) di questo incontro' })
  icsUrl(@Parent() event: Event): string {
    return this.calendar.icsUrl(event);
  }
}
