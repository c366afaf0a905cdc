import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MemberLoaders, toMember } from '@app/members';
import { NotificationsArgs } from './dto/notifications.args.js';
import { Notification, NotificationConnection, toNotification } from './notification.model.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationService,
    private readonly members: MemberLoaders,
  ) {}

  @Query(() => NotificationConnection)
  async notifications(@Viewer() viewer: ViewerContext, @Args() args: NotificationsArgs) {
    const page = await this.inbox.list(viewer, args);
    return { ...page, nodes: page.nodes.map(toNotification) };
  }

  @Query(() => Int)
  unreadNotificationCount(@Viewer() viewer: ViewerContext): Promise<number> {
    return this.inbox.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'null segna tutte come lette; restituisce quante sono cambiate' })
  markNotificationsRead(
    @Viewer() viewer: ViewerContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.inbox.markRead(viewer, ids);
  }

  @ResolveField(() => Member, { nullable: true })
  async actor(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Member | null> {
    if (!notification.actorId) return null;
    const member = await this.members.memberById(ctx).load(notification.actorId);
    return member && toMember(member);
  }
}
