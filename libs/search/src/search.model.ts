import { createUnionType, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PromisedField } from '@app/core';
import { Post, Thread } from '@app/forum';
import { Member } from '@app/members';
import { Document, Practice } from '@app/practices';

export enum SearchKind {
  THREAD = 'THREAD',
  POST = 'POST',
  PRACTICE = 'PRACTICE',
  MEMBER = 'MEMBER',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

export enum SearchOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchOrder, {
  name: 'SearchOrder',
  valuesMap: { RELEVANCE: { description: 'dal più pertinente' }, NEWEST: { description: 'dal più recente' } },
});

/** The kind of each hit object, so the union can tell plain model objects apart. */
export const hitKinds = new WeakMap<object, SearchKind>();

export const SearchHit = createUnionType({
  name: 'SearchHit',
  types: () => [Thread, Post, Practice, Member, Document] as const,
  resolveType(value: object) {
    switch (hitKinds.get(value)) {
      case SearchKind.THREAD:
        return Thread;
      case SearchKind.POST:
        return Post;
      case SearchKind.PRACTICE:
        return Practice;
      case SearchKind.MEMBER:
        return Member;
      case SearchKind.DOCUMENT:
        return Document;
      default:
        return null;
    }
  },
});

@ObjectType('SearchResult')
export class SearchResult {
  @Field(() => SearchHit) hit!: typeof SearchHit;
  @Field(() => Float) score!: number;
  @Field({ description: 'testo con escape HTML, corrispondenze in <mark>' }) snippet!: string;
}

@ObjectType('SearchResultConnection')
export class SearchResultConnection extends ConnectionType(SearchResult) {
  @Field({
    description:
      'vero quando una parola comune ha trovato più risultati di quanti ne sono stati ordinati per pertinenza: per ciascun tipo si ordinano i più recenti, e totalCount conta quelli (è un minimo); in ordine di data il conteggio è esatto',
  })
  @PromisedField()
  totalCountEstimated!: boolean;
  @Field(() => String, { nullable: true, description: '"forse cercavi": una ricerca vicina che trova di più, quando questa trova poco' })
  @PromisedField()
  suggestion!: string | null;
}
