import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { FollowLevel } from '../notifications.enums.js';
import { FollowArgs, UnfollowArgs } from './dto/follow.args.js';
import { Follow, toFollow } from './follow.model.js';
import { FollowService } from './follow.service.js';

@Resolver(() => Follow)
export class FollowResolver {
  constructor(private readonly follows: FollowService) {}

  @Query(() => [Follow])
  async myFollows(@Viewer() viewer: ViewerContext): Promise<Follow[]> {
    return (await this.follows.myFollows(viewer)).map(toFollow);
  }

  @Mutation(() => Follow, { description: 'idempotente; una seconda chiamata cambia il livello' })
  async follow(@Viewer() viewer: ViewerContext, @Args() args: FollowArgs): Promise<Follow> {
    return toFollow(await this.follows.follow(viewer, args.targetType, args.targetId, args.level ?? FollowLevel.WATCHING));
  }

  @Mutation(() => Boolean)
  unfollow(@Viewer() viewer: ViewerContext, @Args() args: UnfollowArgs): Promise<boolean> {
    return this.follows.unfollow(viewer, args.targetType, args.targetId);
  }
}
