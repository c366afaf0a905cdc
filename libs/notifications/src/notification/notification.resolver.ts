import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { ForumLoadersFactory, Post, Thread, toPost, toThread } from '@app/forum';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { Document, Practice, PracticesLoadersFactory, toDocument, toPractice, toTwinning, Twinning } from '@app/practices';
import { NotificationsLoadersFactory } from '../notifications.loaders.js';
import { NotificationsArgs } from './dto/notifications.args.js';
import { Notification, NotificationConnection, toNotification } from './notification.model.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationService,
    private readonly members: MembersLoadersFactory,
    private readonly forum: ForumLoadersFactory,
    private readonly practices: PracticesLoadersFactory,
    private readonly loaders: NotificationsLoadersFactory,
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
    const member = await this.members.for(ctx).memberById.load(notification.actorId);
    return member && toMember(member);
  }

  @ResolveField(() => Thread, { nullable: true })
  async thread(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Thread | null> {
    if (!notification.threadId) return null;
    const thread = await this.forum.for(ctx).threadById.load(notification.threadId);
    return thread && toThread(thread);
  }

  @ResolveField(() => Post, { nullable: true })
  async post(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Post | null> {
    if (!notification.postId) return null;
    const post = await this.forum.for(ctx).postById.load(notification.postId);
    return post && toPost(post);
  }

  @ResolveField(() => Practice, { nullable: true })
  async practice(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Practice | null> {
    if (!notification.practiceId) return null;
    const practice = await this.practices.for(ctx).practiceById.load(notification.practiceId);
    return practice && toPractice(practice);
  }

  @ResolveField(() => Twinning, { nullable: true })
  async twinning(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Twinning | null> {
    if (!notification.twinningId) return null;
    const twinning = await this.loaders.for(ctx).twinningById.load(notification.twinningId);
    return twinning && toTwinning(twinning);
  }

  @ResolveField(() => Document, { nullable: true })
  async document(@Parent() notification: Notification, @Ctx() ctx: RequestContext): Promise<Document | null> {
    if (!notification.documentId) return null;
    const document = await this.practices.for(ctx).documentById.load(notification.documentId);
    return document && toDocument(document);
  }
}
