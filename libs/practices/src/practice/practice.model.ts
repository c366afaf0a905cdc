import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PromisedField } from '@app/core';
import { Theme } from '@app/members';
import { PracticeStatus } from '../enums.js';
import type { PracticeEntity } from './practice.entity.js';

@ObjectType('Practice')
export class Practice {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Markdown' }) description!: string;
  @Field() descriptionHtml!: string;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true, description: "ciò che serve a un'altra amministrazione per riusarla" }) replicability!: string | null;
  @Field(() => String, { nullable: true }) results!: string | null;
  @Field(() => Int, { nullable: true }) costEuro!: number | null;
  @Field(() => [String]) technologies!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => PracticeStatus) status!: PracticeStatus;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'codice sorgente, quando la pratica comprende software' }) repositoryUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'identificativo SPDX, per esempio EUPL-1.2' }) licence!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @HideField() offeringAdministrationId!: string;
  @HideField() createdById!: string | null;
}

@ObjectType('PracticeConnection')
export class PracticeConnection extends ConnectionType(Practice) {
  @Field(() => String, { nullable: true, description: '"forse cercavi": una ricerca vicina che trova di più, quando filter.query trova poco' })
  @PromisedField()
  suggestion!: string | null;
}

export function toPractice(entity: PracticeEntity): Practice {
  return {
    id: entity.id,
    slug: entity.slug,
    title: entity.title,
    summary: entity.summary,
    description: entity.description,
    descriptionHtml: entity.descriptionHtml,
    themes: entity.themes ?? [],
    year: entity.year,
    replicability: entity.replicability,
    results: entity.results,
    costEuro: entity.costEuro,
    technologies: entity.technologies ?? [],
    tags: entity.tags ?? [],
    status: entity.status,
    version: entity.version,
    repositoryUrl: entity.repositoryUrl,
    licence: entity.licence,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    offeringAdministrationId: entity.offeringAdministrationId,
    createdById: entity.createdById,
  };
}
