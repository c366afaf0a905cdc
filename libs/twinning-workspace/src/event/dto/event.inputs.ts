import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { PageArgsInput } from '@app/core';

@InputType()
export class CreateEventInput {
  @Field() @Length(3, 200, { message: 'da 3 a 200 caratteri' }) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000, { message: 'al massimo 10000 caratteri' }) description?: string | null;
  @Field() @IsDate({ message: 'una data' }) startsAt!: Date;
  @Field() @IsDate({ message: 'una data' }) endsAt!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, { message: 'al massimo 300 caratteri' }) place?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(500, { message: 'al massimo 500 caratteri' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'un indirizzo http(s) completo' })
  onlineUrl?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' }) twinningId?: string | null;
}

@ArgsType()
export class EventsArgs extends PageArgsInput {
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'identificativo non valido' }) twinningId?: string | null;
}
