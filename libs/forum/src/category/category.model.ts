import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Theme } from '@app/members';
import type { CategoryEntity } from './category.entity.js';

@ObjectType('Category')
export class Category {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
}

export function toCategory(entity: CategoryEntity): Category {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    description: entity.description,
    theme: entity.theme,
  };
}
