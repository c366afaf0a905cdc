import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgsInput } from '@app/core';

@ArgsType()
export class NotificationsArgs extends PageArgsInput {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional() @IsBoolean()
  unreadOnly?: boolean | null;
}
