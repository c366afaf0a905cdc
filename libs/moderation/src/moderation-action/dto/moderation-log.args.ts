import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { MODERATION_ACTIONS } from '../moderation-actions.js';

@ArgsType()
export class ModerationLogArgs extends PageArgsInput {
  @Field(() => String, { nullable: true, description: 'una delle azioni del registro, ad esempio HIDE_POST o FLAG_DISMISSED' })
  @IsOptional() @IsIn(MODERATION_ACTIONS, { message: `azione sconosciuta: usa una tra ${MODERATION_ACTIONS.join(', ')}` })
  action?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  moderatorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'azioni da questo istante (incluso)' })
  @IsOptional() @IsDate({ message: 'data non valida' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'azioni fino a questo istante (incluso)' })
  @IsOptional() @IsDate({ message: 'data non valida' })
  until?: Date | null;
}
