import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ProposeTwinningInput {
  @Field(() => ID) @IsString()
  practiceId!: string;

  @Field(() => [ID])
  @IsArray() @ArrayMinSize(1, { message: 'indica almeno un’amministrazione ricevente' }) @ArrayMaxSize(20, { message: 'al massimo 20 amministrazioni riceventi' })
  @IsUUID('all', { each: true, message: 'identificativo non valido' })
  receivingAdministrationIds!: string[];

  @Field() @Transform(trim) @IsString()
  @MinLength(10, { message: 'gli obiettivi devono avere almeno 10 caratteri' }) @MaxLength(5000, { message: 'al massimo 5000 caratteri' })
  objectives!: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'il budget non può essere negativo' })
  budgetEuro?: number | null;
}
