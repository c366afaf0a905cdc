import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { FlagResolution } from '../flag.enums.js';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@ArgsType()
export class FlagPostArgs {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  postId!: string;

  @Field() @trim @IsString() @Length(3, 1000, { message: 'il motivo deve avere da 3 a 1000 caratteri' })
  reason!: string;
}

@ArgsType()
export class ResolveFlagArgs {
  @Field(() => ID)
  flagId!: string;

  @Field(() => FlagResolution) @IsEnum(FlagResolution)
  resolution!: FlagResolution;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000, { message: 'al massimo 1000 caratteri' })
  note?: string | null;
}
