import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '@app/members';
import { PracticesModule } from '@app/practices';
import './forum.enums.js';
import { ForumLoadersFactory } from './forum.loaders.js';
import { CategoryEntity } from './category/category.entity.js';
import { CategoryResolver } from './category/category.resolver.js';
import { CategoryService } from './category/category.service.js';
import { MemberForumFieldsResolver } from './member-forum-fields.resolver.js';
import { PostRevisionEntity } from './post/post-revision.entity.js';
import { PostEntity } from './post/post.entity.js';
import { PostResolver } from './post/post.resolver.js';
import { PostService } from './post/post.service.js';
import { UsefulMarkEntity } from './post/useful-mark.entity.js';
import { PracticeLinkEntity } from './practice-link/practice-link.entity.js';
import { PracticeLinkResolver, ThreadPracticesResolver } from './practice-link/practice-link.resolver.js';
import { PracticeLinkService } from './practice-link/practice-link.service.js';
import { PracticeThreadsResolver } from './practice-link/practice-threads.resolver.js';
import { ThreadEntity } from './thread/thread.entity.js';
import { ThreadResolver } from './thread/thread.resolver.js';
import { ThreadService } from './thread/thread.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([CategoryEntity, ThreadEntity, PostEntity, PostRevisionEntity, UsefulMarkEntity, PracticeLinkEntity]),
    MembersModule,
    PracticesModule,
  ],
  providers: [
    ForumLoadersFactory,
    CategoryService,
    CategoryResolver,
    ThreadService,
    ThreadResolver,
    PostService,
    PostResolver,
    MemberForumFieldsResolver,
    PracticeLinkService,
    PracticeLinkResolver,
    ThreadPracticesResolver,
    PracticeThreadsResolver,
  ],
  exports: [ForumLoadersFactory, CategoryService, ThreadService, PostService, PracticeLinkService],
})
export class ForumModule {}
