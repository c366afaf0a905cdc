import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @MinLength(3, { message: "indica l'indirizzo e-mail" }) @MaxLength(320)
  email!: string;

  @Field() @IsString() @MinLength(1, { message: 'indica la password' }) @MaxLength(200)
  password!: string;
}
