import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoadersFactory, loadersByArgs, RequestContext } from '@app/core';
import { TwinningEntity } from '@app/practices';
import { FollowLoaderBuilder } from './follow/follow.loader.js';
import { NotificationLoaderBuilder } from './notification/notification.loader.js';
import { FollowTargetType } from './notifications.enums.js';

/** The notifications lib's loaders of one request. */
export interface NotificationsLoaders {
  /** Twinnings whose practice the viewer may see, else null. */
  readonly twinningById: DataLoader<string, TwinningEntity | null>;
  /** Members following each target of the type at WATCHING or WATCHING_FIRST_POST (muting is not following). */
  readonly followerCount: (type: FollowTargetType) => DataLoader<string, number>;
  /** Whether the viewer follows each target of the type (not muted); false for anonymous and suspended viewers. */
  readonly viewerIsFollowing: (type: FollowTargetType) => DataLoader<string, boolean>;
}

/** `for(ctx)`: the notifications lib's loaders of the request, created on first use. */
@Injectable()
export class NotificationsLoadersFactory extends LoadersFactory<NotificationsLoaders> {
  private readonly follows: FollowLoaderBuilder;
  private readonly notifications: NotificationLoaderBuilder;

  constructor(dataSource: DataSource) {
    super();
    this.follows = new FollowLoaderBuilder(dataSource);
    this.notifications = new NotificationLoaderBuilder(dataSource);
  }

  protected create(ctx: RequestContext): NotificationsLoaders {
    return {
      twinningById: this.notifications.twinningById(ctx),
      followerCount: loadersByArgs((type: FollowTargetType) => type, (type) => this.follows.followerCount(ctx, type)),
      viewerIsFollowing: loadersByArgs((type: FollowTargetType) => type, (type) => this.follows.viewerIsFollowing(ctx, type)),
    };
  }
}
