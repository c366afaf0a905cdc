import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { Region } from '../../enums.js';

@ArgsType()
export class AdministrationsArgs extends PageArgsInput {
  @Field(() => Region, { nullable: true }) @IsOptional() @IsEnum(Region)
  region?: Region | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  convergence?: boolean | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  query?: string | null;
}
