import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/core';
import { Thread } from '@app/forum';
import { Practice, Twinning } from '@app/practices';
import { FollowTargetType } from '../notifications.enums.js';
import { NotificationsLoadersFactory } from '../notifications.loaders.js';

/** Practice.followerCount and Practice.viewerIsFollowing, resolved here where follows live. */
@Resolver(() => Practice)
export class PracticeFollowFieldsResolver {
  constructor(private readonly loaders: NotificationsLoadersFactory) {}

  @ResolveField(() => Int)
  followerCount(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).followerCount(FollowTargetType.PRACTICE).load(practice.id);
  }

  @ResolveField(() => Boolean)
  viewerIsFollowing(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.loaders.for(ctx).viewerIsFollowing(FollowTargetType.PRACTICE).load(practice.id);
  }
}

/** Thread.viewerIsFollowing: a follow at WATCHING or WATCHING_FIRST_POST. */
@Resolver(() => Thread)
export class ThreadFollowFieldsResolver {
  constructor(private readonly loaders: NotificationsLoadersFactory) {}

  @ResolveField(() => Boolean)
  viewerIsFollowing(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.loaders.for(ctx).viewerIsFollowing(FollowTargetType.THREAD).load(thread.id);
  }
}

/** Twinning.followerCount and Twinning.viewerIsFollowing: anyone may follow a twinning. */
@Resolver(() => Twinning)
export class TwinningFollowFieldsResolver {
  constructor(private readonly loaders: NotificationsLoadersFactory) {}

  @ResolveField(() => Int)
  followerCount(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.for(ctx).followerCount(FollowTargetType.TWINNING).load(twinning.id);
  }

  @ResolveField(() => Boolean)
  viewerIsFollowing(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.loaders.for(ctx).viewerIsFollowing(FollowTargetType.TWINNING).load(twinning.id);
  }
}
