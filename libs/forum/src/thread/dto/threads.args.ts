import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { ThreadOrder } from '../../forum.enums.js';

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30)
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'discussioni collegate a questa buona pratica' })
  @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  practiceId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  authorId?: string | null;
}

@ArgsType()
export class ThreadsArgs extends PageArgsInput {
  @Field(() => ThreadFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => ThreadFilter)
  filter?: ThreadFilter | null;

  @Field(() => ThreadOrder, { nullable: true, defaultValue: ThreadOrder.LAST_ACTIVITY }) @IsOptional() @IsEnum(ThreadOrder)
  orderBy?: ThreadOrder | null;
}

@ArgsType()
export class CategoryThreadsArgs extends PageArgsInput {
  @Field(() => ThreadOrder, { nullable: true, defaultValue: ThreadOrder.LAST_ACTIVITY }) @IsOptional() @IsEnum(ThreadOrder)
  orderBy?: ThreadOrder | null;
}
