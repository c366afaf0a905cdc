import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { Region, Theme } from '@app/members';
import { PracticeOrder, PracticeStatus } from '../../enums.js';

@InputType()
export class PracticeFilter {
  // No length or syntax rule: whatever users type is a plain query (the service trims it).
  @Field(() => String, { nullable: true, description: 'testo libero, in italiano' }) @IsOptional() @IsString()
  query?: string | null;

  @Field(() => [Theme], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Theme, { each: true, message: 'tema non valido' })
  themes?: Theme[] | null;

  @Field(() => Region, { nullable: true }) @IsOptional() @IsEnum(Region)
  region?: Region | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  convergenceOnly?: boolean | null;

  @Field(() => PracticeStatus, { nullable: true, description: 'predefinito PUBLISHED' }) @IsOptional() @IsEnum(PracticeStatus)
  status?: PracticeStatus | null;
}

@ArgsType()
export class PracticesArgs extends PageArgsInput {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => PracticeFilter)
  filter?: PracticeFilter | null;

  @Field(() => PracticeOrder, { nullable: true, description: 'predefinito RELEVANCE con filter.query, altrimenti UPDATED' })
  @IsOptional() @IsEnum(PracticeOrder, { message: 'ordinamento non valido' })
  orderBy?: PracticeOrder | null;
}

@ArgsType()
export class PracticeArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString()
  id?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300)
  slug?: string | null;
}
