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
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Theme } from '@app/members';
import { PracticeStatus } from '../../enums.js';
import { PracticeDetailsInput, trim } from './create-practice.input.js';

@InputType()
export class UpdatePracticeInput extends PracticeDetailsInput {
  @Field(() => ID) @IsString()
  id!: string;

  @Field(() => Int, { description: 'una versione non più attuale dà CONFLICT' }) @IsInt() @Min(1)
  version!: number;

  @Field({ description: 'diventa un PracticeUpdate; chi segue la pratica viene avvisato' })
  @Transform(trim) @IsString()
  @MinLength(3, { message: 'descrivi la modifica in almeno 3 caratteri' }) @MaxLength(1000, { message: 'al massimo 1000 caratteri' })
  changeSummary!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString()
  @MinLength(5, { message: 'il titolo deve avere almeno 5 caratteri' }) @MaxLength(200, { message: 'il titolo può avere al massimo 200 caratteri' })
  title?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString()
  @MinLength(10, { message: 'la sintesi deve avere almeno 10 caratteri' }) @MaxLength(1000, { message: 'la sintesi può avere al massimo 1000 caratteri' })
  summary?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString()
  @MinLength(1, { message: 'la descrizione non può essere vuota' }) @MaxLength(50000, { message: 'la descrizione può avere al massimo 50000 caratteri' })
  description?: string | null;

  @Field(() => [Theme], { nullable: true })
  @IsOptional() @IsArray() @ArrayMinSize(1, { message: 'indica almeno un tema' }) @ArrayMaxSize(6) @IsEnum(Theme, { each: true, message: 'tema non valido' })
  themes?: Theme[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsArray() @ArrayMinSize(1, { message: 'una pratica ha almeno un referente' }) @ArrayMaxSize(20, { message: 'al massimo 20 referenti' })
  @IsUUID('all', { each: true, message: 'identificativo non valido' })
  contactIds?: string[] | null;

  @Field(() => PracticeStatus, { nullable: true }) @IsOptional() @IsEnum(PracticeStatus)
  status?: PracticeStatus | null;
}
