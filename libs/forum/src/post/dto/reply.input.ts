import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BODY_MAX } from '../../shared/validation.js';

@InputType()
export class ReplyInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  threadId!: string;

  @Field() @IsString()
  @Matches(/\S/, { message: 'il messaggio non può essere vuoto' }) @MaxLength(BODY_MAX, { message: `al massimo ${BODY_MAX} caratteri` })
  body!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  replyToPostId?: string | null;
}
