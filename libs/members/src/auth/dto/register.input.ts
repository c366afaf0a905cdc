import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '@app/core';
import { Position } from '../../enums.js';

export const HANDLE_PATTERN = /^[a-z0-9._-]{3,30}$/;

@InputType()
export class RegisterInput {
  @Field() @IsString() @MinLength(1, { message: 'il codice di invito è obbligatorio' }) @MaxLength(64)
  invitationCode!: string;

  @Field({ description: "deve coincidere con quello dell'invito" })
  @IsEmail({}, { message: 'indirizzo e-mail non valido' }) @MaxLength(320)
  email!: string;

  @Field({ description: 'almeno 10 caratteri' })
  @IsString() @IsAcceptablePassword()
  password!: string;

  @Field()
  @Matches(HANDLE_PATTERN, { message: 'da 3 a 30 caratteri tra lettere minuscole, cifre, punto, trattino e trattino basso' })
  handle!: string;

  @Field() @IsString() @MinLength(2, { message: 'il nome deve avere almeno 2 caratteri' }) @MaxLength(120, { message: 'il nome può avere al massimo 120 caratteri' })
  displayName!: string;

  @Field(() => Position) @IsEnum(Position)
  position!: Position;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'al massimo 200 caratteri' })
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;
}
