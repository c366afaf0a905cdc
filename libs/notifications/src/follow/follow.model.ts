import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FollowLevel, FollowTargetType } from '../notifications.enums.js';
import type { FollowEntity } from './follow.entity.js';

@ObjectType('Follow')
export class Follow {
  @Field(() => ID) id!: string;
  @Field(() => FollowTargetType) targetType!: FollowTargetType;
  @Field({ description: 'un ID, oppure l’etichetta stessa per TAG' }) targetId!: string;
  @Field(() => FollowLevel) level!: FollowLevel;
  @Field() createdAt!: Date;
}

export function toFollow(entity: FollowEntity): Follow {
  return {
    id: entity.id,
    targetType: entity.targetType,
    targetId: entity.targetId,
    level: entity.level,
    createdAt: entity.createdAt,
  };
}
