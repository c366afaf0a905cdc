import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DocumentKind } from '../../enums.js';
import { trim } from '../../practice/dto/create-practice.input.js';

@InputType()
export class AttachDocumentInput {
  @Field(() => ID, { nullable: true, description: 'esattamente uno tra practiceId e twinningId' }) @IsOptional() @IsString()
  practiceId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString()
  twinningId?: string | null;

  @Field(() => ID, { description: "l'id restituito da POST /files" }) @IsString()
  fileId!: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(3, { message: 'il titolo deve avere almeno 3 caratteri' }) @MaxLength(200, { message: 'il titolo può avere al massimo 200 caratteri' })
  title!: string;

  @Field(() => DocumentKind) @IsEnum(DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { nullable: true, description: 'identificativo SPDX, es. EUPL-1.2' }) @IsOptional() @IsString() @MaxLength(100)
  licence?: string | null;
}

@InputType()
export class ReplaceDocumentInput {
  @Field(() => ID) @IsString()
  documentId!: string;

  @Field(() => ID, { description: "l'id restituito da POST /files" }) @IsString()
  fileId!: string;

  @Field({ description: 'cosa cambia rispetto alla versione precedente' }) @Transform(trim) @IsString()
  @MinLength(3, { message: 'descrivi la modifica in almeno 3 caratteri' }) @MaxLength(1000, { message: 'al massimo 1000 caratteri' })
  changeSummary!: string;
}
