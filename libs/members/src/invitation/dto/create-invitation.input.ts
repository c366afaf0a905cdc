import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { Role } from '@app/core';

@InputType()
export class CreateInvitationInput {
  @Field() @IsEmail({}, { message: 'indirizzo e-mail non valido' }) @MaxLength(320)
  email!: string;

  @Field(() => Role, { nullable: true, defaultValue: Role.MEMBER }) @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true, description: "codice fiscale dell'invitato, per l'accesso con SPID/CIE" })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/, { message: 'codice fiscale non valido (16 caratteri, per esempio RSSMRA80A01H501U)' })
  fiscalCode?: string | null;
}
