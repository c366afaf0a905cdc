import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { AdministrationKind, isConvergenceRegion, Region } from '../enums.js';
import type { AdministrationEntity } from './administration.entity.js';

@ObjectType('Administration')
export class Administration {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'codice IPA, unico quando presente' }) ipaCode!: string | null;
  @Field() name!: string;
  @Field(() => AdministrationKind) kind!: AdministrationKind;
  @Field(() => Region, { nullable: true, description: 'null fuori dall’Italia' }) region!: Region | null;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @Field(() => String, { nullable: true, description: 'sigla della provincia (e.g. "CS"), dal codice ISTAT quando noto' }) province!: string | null;
  @Field({ description: 'vero se la regione è Calabria, Campania, Puglia o Sicilia' }) convergence!: boolean;
  @Field(() => String, { nullable: true, description: "codice fiscale dell'ente (IPA)" }) taxCode!: string | null;
  @Field(() => String, { nullable: true, description: 'codice ISTAT del comune della sede (IPA)' }) istatCode!: string | null;
}

@ObjectType('AdministrationConnection')
export class AdministrationConnection extends ConnectionType(Administration) {}

export function toAdministration(entity: AdministrationEntity): Administration {
  return {
    id: entity.id,
    ipaCode: entity.ipaCode,
    name: entity.name,
    kind: entity.kind,
    region: entity.region,
    country: entity.country,
    province: entity.province,
    convergence: isConvergenceRegion(entity.region),
    taxCode: entity.taxCode,
    istatCode: entity.istatCode,
  };
}
