import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Viewer, ViewerContext } from '@app/core';
import { Member, MembersLoadersFactory, toMember } from '@app/members';
import { Practice } from '../practice/practice.model.js';
import { PracticesLoadersFactory } from '../practices.loaders.js';
import { Twinning } from '../twinning/twinning.model.js';
import { AttachDocumentInput, ReplaceDocumentInput } from './dto/document.inputs.js';
import { DocumentUrls } from './document-urls.js';
import { Document, DocumentVersion, toDocument, toDocumentVersion } from './document.model.js';
import { DocumentService } from './document.service.js';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly urls: DocumentUrls,
    private readonly loaders: PracticesLoadersFactory,
    private readonly members: MembersLoadersFactory,
  ) {}

  @Query(() => Document, { nullable: true })
  async document(@Viewer() viewer: ViewerContext, @Args('id', { type: () => ID }) id: string): Promise<Document> {
    return toDocument(await this.documents.get(viewer, id));
  }

  @Mutation(() => Document, { description: 'referenti della pratica / membri delle amministrazioni del gemellaggio, moderatori, amministratori' })
  async attachDocument(@Viewer() viewer: ViewerContext, @Args('input') input: AttachDocumentInput): Promise<Document> {
    return toDocument(await this.documents.attach(viewer, input));
  }

  @Mutation(() => Document, { description: 'le stesse persone; una nuova versione, chi segue viene avvisato' })
  async replaceDocument(@Viewer() viewer: ViewerContext, @Args('input') input: ReplaceDocumentInput): Promise<Document> {
    return toDocument(await this.documents.replace(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'le stesse persone' })
  removeDocument(@Viewer() viewer: ViewerContext, @Args('documentId', { type: () => ID }) documentId: string): Promise<boolean> {
    return this.documents.remove(viewer, documentId);
  }

  @ResolveField(() => String, { description: "GET scarica la versione corrente (Content-Disposition: attachment)" })
  url(@Parent() document: Document): string {
    return this.urls.of(document);
  }

  @ResolveField(() => Member)
  async uploadedBy(@Parent() document: Document, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(document.uploadedById))!);
  }

  @ResolveField(() => [DocumentVersion], { description: 'dalla più recente' })
  async versions(@Parent() document: Document, @Ctx() ctx: RequestContext): Promise<DocumentVersion[]> {
    return (await this.loaders.for(ctx).versionsByDocument.load(document.id)).map((v) => toDocumentVersion(v, document));
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  constructor(
    private readonly urls: DocumentUrls,
    private readonly members: MembersLoadersFactory,
  ) {}

  @ResolveField(() => String)
  url(@Parent() version: DocumentVersion): string {
    return this.urls.of({ id: version.documentId, isPublic: version.isPublic }, version.version);
  }

  @ResolveField(() => Member)
  async uploadedBy(@Parent() version: DocumentVersion, @Ctx() ctx: RequestContext): Promise<Member> {
    return toMember((await this.members.for(ctx).memberById.load(version.uploadedById))!);
  }
}

@Resolver(() => Practice)
export class PracticeDocumentsResolver {
  constructor(private readonly loaders: PracticesLoadersFactory) {}

  @ResolveField(() => [Document], { description: 'dal più recente' })
  async documents(@Parent() practice: Practice, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return (await this.loaders.for(ctx).documentsByPractice.load(practice.id)).map(toDocument);
  }
}

@Resolver(() => Twinning)
export class TwinningDocumentsResolver {
  constructor(private readonly loaders: PracticesLoadersFactory) {}

  @ResolveField(() => [Document], { description: 'dal più recente; solo per i membri che hanno effettuato l’accesso' })
  async documents(@Parent() twinning: Twinning, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return (await this.loaders.for(ctx).documentsByTwinning.load(twinning.id)).map(toDocument);
  }
}
