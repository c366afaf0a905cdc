import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Position, Theme } from '../../enums.js';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MinLength(2, { message: 'il nome deve avere almeno 2 caratteri' }) @MaxLength(120, { message: 'il nome può avere al massimo 120 caratteri' })
  displayName?: string | null;

  @Field(() => Position, { nullable: true }) @IsOptional() @IsEnum(Position)
  position?: Position | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'al massimo 200 caratteri' })
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  administrationId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'al massimo 5000 caratteri' })
  bio?: string | null;

  @Field(() => [Theme], { nullable: true }) @IsOptional() @IsEnum(Theme, { each: true }) @ArrayMaxSize(6)
  expertise?: Theme[] | null;
}
