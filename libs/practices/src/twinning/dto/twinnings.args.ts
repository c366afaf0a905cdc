import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { TwinningStatus } from '../../enums.js';

@InputType()
export class TwinningFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  practiceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'offerente o ricevente' }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => TwinningStatus, { nullable: true }) @IsOptional() @IsEnum(TwinningStatus)
  status?: TwinningStatus | null;
}

@ArgsType()
export class TwinningsArgs extends PageArgsInput {
  @Field(() => TwinningFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => TwinningFilter)
  filter?: TwinningFilter | null;
}
