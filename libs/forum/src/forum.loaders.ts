import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoadersFactory, loadersByArgs, Page, PageArgs, pageArgsKey, RequestContext } from '@app/core';
import { MembersLoadersFactory } from '@app/members';
import { PracticesLoadersFactory } from '@app/practices';
import type { CategoryEntity } from './category/category.entity.js';
import { CategoryLoaderBuilder } from './category/category.loader.js';
import { ThreadOrder } from './forum.enums.js';
import type { PostEntity } from './post/post.entity.js';
import { PostLoaderBuilder } from './post/post.loader.js';
import type { PracticeLinkEntity } from './practice-link/practice-link.entity.js';
import { PracticeLinkLoaderBuilder } from './practice-link/practice-link.loader.js';
import type { ThreadEntity } from './thread/thread.entity.js';
import { ThreadLoaderBuilder } from './thread/thread.loader.js';

export type ThreadPageArgs = PageArgs & { orderBy?: ThreadOrder | null };

/**
 * The forum's loaders of one request. Each applies the viewer's visibility: members never get
 * nor count a hidden thread, a hidden post or a post of a hidden thread. Page loaders take
 * their arguments and share one loader per distinct page.
 */
export interface ForumLoaders {
  readonly categoryById: DataLoader<string, CategoryEntity | null>;
  /** Null for a thread the viewer may not see. */
  readonly threadById: DataLoader<string, ThreadEntity | null>;
  readonly threadCountByCategory: DataLoader<string, number>;
  readonly threadCountByMember: DataLoader<string, number>;
  /** Category.threads, one statement for every category of the batch; primes threadById. */
  readonly threadsByCategory: (args: ThreadPageArgs) => DataLoader<string, Page<ThreadEntity>>;
  /** Null for a post the viewer may not see. */
  readonly postById: DataLoader<string, PostEntity | null>;
  readonly postCountByThread: DataLoader<string, number>;
  readonly postCountByMember: DataLoader<string, number>;
  /** False for anonymous viewers. */
  readonly viewerFoundUseful: DataLoader<string, boolean>;
  /**
   * Thread.posts (the threads are already visible), opening post first: one statement for every
   * thread of the batch, which primes postById, viewerFoundUseful and the members' memberById and
   * administrationById with the posts, their authors, administrations and mentions.
   */
  readonly postsByThread: (args: PageArgs) => DataLoader<string, Page<PostEntity>>;
  /**
   * The links of each thread, oldest first, practices the viewer may not see included; primes the
   * practices' practiceById (null for those) and the members' memberById with who linked them.
   */
  readonly linksByThread: DataLoader<string, PracticeLinkEntity[]>;
  readonly threadCountByPractice: DataLoader<string, number>;
  /** Practice.threads, most recently active first; primes threadById. */
  readonly threadsByPractice: (args: PageArgs) => DataLoader<string, Page<ThreadEntity>>;
}

/** `for(ctx)`: the forum's loaders of the request, created on first use. */
@Injectable()
export class ForumLoadersFactory extends LoadersFactory<ForumLoaders> {
  private readonly categories: CategoryLoaderBuilder;
  private readonly threads: ThreadLoaderBuilder;
  private readonly posts: PostLoaderBuilder;
  private readonly links: PracticeLinkLoaderBuilder;

  constructor(
    dataSource: DataSource,
    private readonly members: MembersLoadersFactory,
    private readonly practices: PracticesLoadersFactory,
  ) {
    super();
    this.categories = new CategoryLoaderBuilder(dataSource);
    this.threads = new ThreadLoaderBuilder(dataSource);
    this.posts = new PostLoaderBuilder(dataSource);
    this.links = new PracticeLinkLoaderBuilder(dataSource);
  }

  protected create(ctx: RequestContext): ForumLoaders {
    const members = this.members.for(ctx);
    const threadById = this.threads.threadById(ctx);
    const postById = this.posts.postById(ctx);
    const viewerFoundUseful = this.posts.viewerFoundUseful(ctx);
    return {
      categoryById: this.categories.categoryById(ctx),
      threadById,
      threadCountByCategory: this.threads.threadCountByCategory(ctx),
      threadCountByMember: this.threads.threadCountByMember(ctx),
      threadsByCategory: loadersByArgs(
        (args: ThreadPageArgs) => `${args.orderBy ?? ThreadOrder.LAST_ACTIVITY}:${pageArgsKey(args)}`,
        (args) => this.threads.threadsByCategory(ctx, args, threadById),
      ),
      postById,
      postCountByThread: this.posts.postCountByThread(ctx),
      postCountByMember: this.posts.postCountByMember(ctx),
      viewerFoundUseful,
      postsByThread: loadersByArgs(pageArgsKey, (args) => this.posts.postsByThread(ctx, args, { postById, viewerFoundUseful, members })),
      linksByThread: this.links.linksByThread(ctx, { practices: this.practices.for(ctx), members }),
      threadCountByPractice: this.links.threadCountByPractice(ctx),
      threadsByPractice: loadersByArgs(pageArgsKey, (args) => this.links.threadsByPractice(ctx, args, threadById)),
    };
  }
}
