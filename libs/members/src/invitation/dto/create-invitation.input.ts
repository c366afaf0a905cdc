import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Role } from '@app/core';

@InputType()
export class CreateInvitationInput {
  @Field() @IsEmail({}, { message: 'indirizzo e-mail non valido' }) @MaxLength(320)
  email!: string;

  @Field(() => Role, { nullable: true, defaultValue: Role.MEMBER }) @IsOptional() @IsEnum(Role)
  role?: Role | null;
}
