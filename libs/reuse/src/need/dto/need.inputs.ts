import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { Region, Theme } from '@app/members';
import { NeedStatus } from '../../reuse.enums.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class PublishNeedInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  administrationId!: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(5, { message: 'il titolo deve avere almeno 5 caratteri' }) @MaxLength(200, { message: 'il titolo può avere al massimo 200 caratteri' })
  title!: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(20, { message: 'descrivi il fabbisogno in almeno 20 caratteri' }) @MaxLength(20000, { message: 'la descrizione può avere al massimo 20000 caratteri' })
  description!: string;

  @Field(() => [Theme])
  @IsArray() @ArrayMinSize(1, { message: 'indica almeno un tema' }) @ArrayMaxSize(6) @IsEnum(Theme, { each: true, message: 'tema non valido' })
  themes!: Theme[];
}

@InputType()
export class NeedFilter {
  @Field(() => Region, { nullable: true }) @IsOptional() @IsEnum(Region)
  region?: Region | null;

  @Field(() => [Theme], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Theme, { each: true })
  themes?: Theme[] | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => NeedStatus, { nullable: true }) @IsOptional() @IsEnum(NeedStatus)
  status?: NeedStatus | null;
}

@ArgsType()
export class NeedsArgs extends PageArgsInput {
  @Field(() => NeedFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => NeedFilter)
  filter?: NeedFilter | null;
}

@ArgsType()
export class MatchPracticesArgs {
  @Field() @IsString() @MinLength(3, { message: 'scrivi almeno 3 caratteri' }) @MaxLength(20000, { message: 'al massimo 20000 caratteri' })
  text!: string;

  @Field(() => [Theme], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Theme, { each: true, message: 'tema non valido' })
  themes?: Theme[] | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 10 }) @IsOptional() @IsInt() @Min(1, { message: 'almeno 1' }) @Max(50, { message: 'al massimo 50' })
  first?: number | null;
}
