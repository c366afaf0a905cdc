import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { ThreadStatus } from '../forum.enums.js';
import type { ThreadEntity } from './thread.entity.js';

@ObjectType('Thread')
export class Thread {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => ThreadStatus) status!: ThreadStatus;
  @Field() pinned!: boolean;
  @Field() hidden!: boolean;
  @Field() createdAt!: Date;
  @Field() lastActivityAt!: Date;
  @HideField() categoryId!: string;
  @HideField() authorId!: string;
  @HideField() solutionPostId!: string | null;
}

@ObjectType('ThreadConnection')
export class ThreadConnection extends ConnectionType(Thread) {}

export function toThread(entity: ThreadEntity): Thread {
  return {
    id: entity.id,
    title: entity.title,
    tags: entity.tags ?? [],
    status: entity.status,
    pinned: entity.pinned,
    hidden: entity.hidden,
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    categoryId: entity.categoryId,
    authorId: entity.authorId,
    solutionPostId: entity.solutionPostId,
  };
}
