import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Region, Theme } from '@app/members';

@ObjectType('CoverageCell')
export class CoverageCell {
  @Field(() => Region) region!: Region;
  @Field(() => Theme) theme!: Theme;
  @Field(() => Int, { description: 'buone pratiche pubblicate del tema offerte da amministrazioni della regione' }) practicesOffered!: number;
  @Field(() => Int, { description: 'adozioni verificate in uso da amministrazioni della regione' }) adoptionsInUse!: number;
  @Field(() => Int) openNeeds!: number;
  @Field(() => Int, { description: 'gemellaggi APPROVED o ACTIVE con una ricevente della regione' }) activeTwinnings!: number;
}
