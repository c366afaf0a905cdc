import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { NotificationType } from '../notifications.enums.js';
import type { NotificationEntity } from './notification.entity.js';

@ObjectType('Notification')
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationType) type!: NotificationType;
  @Field({ description: 'una breve frase in italiano' }) text!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @HideField() actorId!: string | null;
  @HideField() threadId!: string | null;
  @HideField() postId!: string | null;
  @HideField() practiceId!: string | null;
  @HideField() twinningId!: string | null;
  @HideField() documentId!: string | null;
  @HideField() needId!: string | null;
  @HideField() adoptionId!: string | null;
  @HideField() eventId!: string | null;
  @HideField() callId!: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(Notification) {}

export function toNotification(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    type: entity.type,
    text: entity.text,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    actorId: entity.actorId,
    threadId: entity.threadId,
    postId: entity.postId,
    practiceId: entity.practiceId,
    twinningId: entity.twinningId,
    documentId: entity.documentId,
    needId: entity.needId ?? null,
    adoptionId: entity.adoptionId ?? null,
    eventId: entity.eventId ?? null,
    callId: entity.callId ?? null,
  };
}
