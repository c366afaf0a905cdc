import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { Region, Theme } from '../../enums.js';

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'nome, qualifica o biografia' })
  @IsOptional() @IsString() @MaxLength(200)
  query?: string | null;

  @Field(() => Region, { nullable: true }) @IsOptional() @IsEnum(Region)
  region?: Region | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => Theme, { nullable: true }) @IsOptional() @IsEnum(Theme)
  expertise?: Theme | null;
}

@ArgsType()
export class MembersArgs extends PageArgsInput {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MemberFilter)
  filter?: MemberFilter | null;
}
