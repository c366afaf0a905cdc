import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import type { PostEntity } from './post.entity.js';

@ObjectType('Post')
export class Post {
  @Field(() => ID) id!: string;
  @Field({ description: 'Markdown come scritto' }) body!: string;
  @Field({ description: 'HTML sanificato' }) bodyHtml!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field(() => Int, { description: 'parte da 1, +1 a ogni modifica' }) version!: number;
  @Field() hidden!: boolean;
  @Field(() => Int) usefulCount!: number;
  @HideField() threadId!: string;
  @HideField() authorId!: string;
  @HideField() replyToId!: string | null;
  @HideField() mentionedIds!: string[];
}

@ObjectType('PostConnection')
export class PostConnection extends ConnectionType(Post) {}

export function toPost(entity: PostEntity): Post {
  return {
    id: entity.id,
    body: entity.body,
    bodyHtml: entity.bodyHtml,
    createdAt: entity.createdAt,
    editedAt: entity.editedAt,
    version: entity.version,
    hidden: entity.hidden,
    usefulCount: entity.usefulCount,
    threadId: entity.threadId,
    authorId: entity.authorId,
    replyToId: entity.replyToId,
    mentionedIds: entity.mentionedIds ?? [],
  };
}
