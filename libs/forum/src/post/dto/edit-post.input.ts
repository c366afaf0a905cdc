import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { BODY_MAX } from '../../shared/validation.js';

@InputType()
export class EditPostInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  postId!: string;

  @Field() @IsString()
  @Matches(/\S/, { message: 'il messaggio non può essere vuoto' }) @MaxLength(BODY_MAX, { message: `al massimo ${BODY_MAX} caratteri` })
  body!: string;

  @Field(() => Int, { description: 'la versione letta: se nel frattempo è cambiata, CONFLICT' })
  @IsInt() @Min(1)
  version!: number;
}
