import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { AdministrationKind, Region } from '../../enums.js';

@InputType()
export class CreateAdministrationInput {
  @Field() @IsString() @MinLength(2, { message: 'il nome deve avere almeno 2 caratteri' }) @MaxLength(300)
  name!: string;

  @Field(() => AdministrationKind) @IsEnum(AdministrationKind)
  kind!: AdministrationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9_]{2,64}$/, { message: 'il codice IPA usa lettere minuscole, cifre e _ (per esempio c_h501)' })
  ipaCode?: string | null;

  @Field(() => Region, { nullable: true }) @IsOptional() @IsEnum(Region)
  region?: Region | null;

  @Field(() => String, { nullable: true, defaultValue: 'IT' })
  @IsOptional() @Length(2, 2, { message: 'codice ISO 3166-1 di due lettere' }) @Matches(/^[A-Za-z]{2}$/, { message: 'codice ISO 3166-1 di due lettere' })
  country?: string | null;
}
