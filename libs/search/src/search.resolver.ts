import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgsInput, Viewer, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity, toPost, toThread } from '@app/forum';
import { MemberEntity, toMember } from '@app/members';
import { DocumentRow, PracticeEntity, toDocument, toPractice } from '@app/practices';
import { hitKinds, SearchKind, SearchOrder, SearchResult, SearchResultConnection } from './search.model.js';
import { SearchHitRow, SearchService } from './search.service.js';

@ArgsType()
export class SearchArgs extends PageArgsInput {
  @Field({ description: 'parole, non sintassi: qualsiasi testo è accettato' })
  @IsString() @MaxLength(500, { message: 'al massimo 500 caratteri' })
  query!: string;

  @Field(() => [SearchKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[] | null;

  @Field(() => SearchOrder, { nullable: true, defaultValue: SearchOrder.RELEVANCE })
  @IsOptional() @IsEnum(SearchOrder, { message: 'ordinamento non valido' })
  orderBy?: SearchOrder | null;
}

function toHit(row: SearchHitRow): object {
  const hit =
    row.kind === SearchKind.THREAD
      ? toThread(row.entity as ThreadEntity)
      : row.kind === SearchKind.POST
        ? toPost(row.entity as PostEntity)
        : row.kind === SearchKind.PRACTICE
          ? toPractice(row.entity as PracticeEntity)
          : row.kind === SearchKind.DOCUMENT
            ? toDocument(row.entity as DocumentRow)
            : toMember(row.entity as MemberEntity);
  hitKinds.set(hit, row.kind);
  return hit;
}

@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultConnection, { description: 'ricerca in italiano su discussioni, messaggi, buone pratiche, membri e documenti (anche nel testo dei file)' })
  async search(@Viewer() viewer: ViewerContext, @Args() args: SearchArgs) {
    const page = await this.service.search(viewer, args.query, args.kinds, args.orderBy ?? SearchOrder.RELEVANCE, args);
    return { ...page, nodes: page.nodes.map((row) => ({ hit: toHit(row), score: row.score, snippet: row.snippet })) };
  }
}
