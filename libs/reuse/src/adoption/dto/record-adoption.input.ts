import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AdoptionStage } from '../../reuse.enums.js';

@InputType()
export class RecordAdoptionInput {
  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  practiceId!: string;

  @Field(() => ID) @IsUUID('all', { message: 'identificativo non valido' })
  administrationId!: string;

  @Field(() => AdoptionStage) @IsEnum(AdoptionStage, { message: 'fase non valida' })
  stage!: AdoptionStage;

  @Field(() => String, { nullable: true })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)) @IsString() @MaxLength(2000, { message: 'al massimo 2000 caratteri' })
  note?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' })
  twinningId?: string | null;
}
