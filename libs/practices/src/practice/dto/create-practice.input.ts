import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Theme } from '@app/members';
import { PracticeStatus } from '../../enums.js';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The optional details a practice record carries, alike when it is created and when it is updated. */
@InputType({ isAbstract: true })
export abstract class PracticeDetailsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1990, { message: "l'anno deve essere dal 1990 in poi" }) @Max(2100, { message: 'anno non valido' })
  year?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000, { message: 'al massimo 10000 caratteri' })
  replicability?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000, { message: 'al massimo 10000 caratteri' })
  results?: string | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'il costo non può essere negativo' })
  costEuro?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'al massimo 30 tecnologie' }) @IsString({ each: true }) @MaxLength(80, { each: true, message: 'ogni tecnologia al massimo 80 caratteri' })
  technologies?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: 'al massimo 10 etichette' }) @IsString({ each: true }) @MaxLength(40, { each: true, message: 'ogni etichetta al massimo 40 caratteri' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500, { message: "l'indirizzo del codice sorgente può avere al massimo 500 caratteri" })
  @Matches(/^(https?:\/\/[^\s/]+(\/\S*)?)?$/, { message: "l'indirizzo del codice sorgente deve iniziare con https:// (o http://)" })
  repositoryUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'identificativo SPDX' }) @IsOptional() @IsString() @MaxLength(100)
  licence?: string | null;
}

@InputType()
export class CreatePracticeInput extends PracticeDetailsInput {
  @Field() @Transform(trim) @IsString()
  @MinLength(5, { message: 'il titolo deve avere almeno 5 caratteri' }) @MaxLength(200, { message: 'il titolo può avere al massimo 200 caratteri' })
  title!: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(10, { message: 'la sintesi deve avere almeno 10 caratteri' }) @MaxLength(1000, { message: 'la sintesi può avere al massimo 1000 caratteri' })
  summary!: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(1, { message: 'la descrizione è obbligatoria' }) @MaxLength(50000, { message: 'la descrizione può avere al massimo 50000 caratteri' })
  description!: string;

  @Field(() => [Theme], { description: 'almeno uno' })
  @IsArray() @ArrayMinSize(1, { message: 'indica almeno un tema' }) @ArrayMaxSize(6) @IsEnum(Theme, { each: true, message: 'tema non valido' })
  themes!: Theme[];

  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  offeringAdministrationId!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20, { message: 'al massimo 20 referenti' }) @IsUUID('all', { each: true, message: 'identificativo non valido' })
  contactIds?: string[] | null;

  @Field(() => PracticeStatus, { nullable: true, defaultValue: PracticeStatus.PUBLISHED })
  @IsOptional() @IsEnum(PracticeStatus)
  status?: PracticeStatus | null;
}
