import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '@app/core';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field() @IsString() @MinLength(3, { message: "indica l'indirizzo e-mail" }) @MaxLength(320)
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field() @IsString() @MinLength(1, { message: 'il collegamento non è valido' }) @MaxLength(200)
  token!: string;

  @Field({ description: 'almeno 10 caratteri' }) @IsString() @IsAcceptablePassword()
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field() @IsString() @MinLength(1, { message: 'indica la password attuale' }) @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'almeno 10 caratteri' }) @IsString() @IsAcceptablePassword()
  newPassword!: string;
}
