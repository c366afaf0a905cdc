import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { PageArgsInput } from '@app/core';
import { CallStatus } from '../../workspace.enums.js';

const ID_MESSAGE = { message: 'identificativo non valido' };

@InputType()
export class CriterionInput {
  @Field() @Length(1, 200, { message: 'da 1 a 200 caratteri' }) label!: string;
  @Field(() => Float) @IsNumber({}, { message: 'un numero' }) @Min(0.01, { message: 'un peso maggiore di zero' }) @Max(100, { message: 'al massimo 100' })
  weight!: number;
}

@InputType()
export class OpenTwinningCallInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) practiceId!: string;
  @Field() @Length(3, 200, { message: 'da 3 a 200 caratteri' }) title!: string;
  @Field() @Length(1, 20000, { message: 'da 1 a 20000 caratteri' }) description!: string;
  @Field(() => [CriterionInput])
  @ArrayMinSize(1, { message: 'almeno un criterio di selezione' }) @ArrayMaxSize(20, { message: 'al massimo 20 criteri' })
  @ValidateNested({ each: true }) @Type(() => CriterionInput)
  criteria!: CriterionInput[];
  @Field() @IsDate({ message: 'una data' }) deadline!: Date;
  @Field(() => Int) @IsInt({ message: 'un numero intero' }) @Min(1, { message: 'almeno un posto' }) @Max(100, { message: 'al massimo 100 posti' })
  seats!: number;
}

@InputType()
export class ApplyToCallInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) callId!: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) administrationId!: string;
  @Field() @Length(1, 10000, { message: 'da 1 a 10000 caratteri' }) motivation!: string;
}

@InputType()
export class ScoreApplicationInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) applicationId!: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) criterionId!: string;
  @Field(() => Float) @IsNumber({}, { message: 'un numero' }) @Min(0, { message: 'un punteggio da 0 a 10' }) @Max(10, { message: 'un punteggio da 0 a 10' })
  score!: number;
}

@ArgsType()
export class TwinningCallsArgs extends PageArgsInput {
  @Field(() => CallStatus, { nullable: true }) @IsOptional() @IsEnum(CallStatus) status?: CallStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', ID_MESSAGE) practiceId?: string | null;
}

