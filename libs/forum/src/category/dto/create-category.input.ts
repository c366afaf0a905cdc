import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Theme } from '@app/members';
import { Trim } from '../../shared/validation.js';

@InputType()
export class CreateCategoryInput {
  @Field() @Trim() @IsString()
  @MinLength(2, { message: 'il nome deve avere almeno 2 caratteri' }) @MaxLength(120, { message: 'il nome può avere al massimo 120 caratteri' })
  name!: string;

  @Field() @Trim() @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'usa lettere minuscole, cifre e trattini (per esempio servizi-scolastici)' })
  @MaxLength(60, { message: 'al massimo 60 caratteri' })
  slug!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'al massimo 2000 caratteri' })
  description?: string | null;

  @Field(() => Theme, { nullable: true }) @IsOptional() @IsEnum(Theme)
  theme?: Theme | null;
}
