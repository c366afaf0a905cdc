import { Field, Float, HideField, ObjectType } from '@nestjs/graphql';

@ObjectType('PracticeMatch')
export class PracticeMatch {
  @Field(() => Float, { description: '0..1' }) score!: number;
  @Field(() => [String], { description: 'in italiano, i segnali che hanno contato' }) reasons!: string[];
  @HideField() practiceId!: string;
}
