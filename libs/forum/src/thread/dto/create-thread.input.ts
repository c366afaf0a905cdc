import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { BODY_MAX, Trim } from '../../shared/validation.js';

@InputType()
export class CreateThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  categoryId!: string;

  @Field({ description: 'da 5 a 200 caratteri' }) @Trim() @IsString()
  @Length(5, 200, { message: 'il titolo deve avere da 5 a 200 caratteri' })
  title!: string;

  @Field({ description: 'Markdown, da 1 a 50000 caratteri' }) @IsString()
  @Matches(/\S/, { message: 'il messaggio non può essere vuoto' }) @MaxLength(BODY_MAX, { message: `al massimo ${BODY_MAX} caratteri` })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'in minuscolo, al massimo 5' })
  @IsOptional() @IsArray() @ArrayMaxSize(20, { message: 'al massimo 5 etichette' }) @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'buone pratiche di cui si discute' })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: 'al massimo 10 buone pratiche' })
  @IsUUID('all', { each: true, message: 'identificativo non valido' })
  practiceIds?: string[] | null;
}
