import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import type { EventEntity } from './event.entity.js';

@ObjectType('Event')
export class Event {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field() cancelled!: boolean;
  @HideField() twinningId!: string | null;
  @HideField() organiserId!: string;
}

@ObjectType('EventConnection')
export class EventConnection extends ConnectionType(Event) {}

export function toEvent(entity: EventEntity): Event {
  return {
    id: entity.id,
    title: entity.title,
    description: entity.description,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    place: entity.place,
    onlineUrl: entity.onlineUrl,
    cancelled: entity.cancelled,
    twinningId: entity.twinningId,
    organiserId: entity.organiserId,
  };
}
