import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class LinkPracticeInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  threadId!: string;

  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  practiceId!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000, { message: 'al massimo 1000 caratteri' })
  note?: string | null;
}
