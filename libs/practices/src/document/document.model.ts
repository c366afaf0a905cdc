import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentKind } from '../enums.js';
import type { DocumentRow, DocumentVersionRow } from './document.queries.js';

@ObjectType('Document')
export class Document {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field(() => String, { nullable: true, description: 'identificativo SPDX, es. EUPL-1.2' }) licence!: string | null;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() sha256!: string;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @HideField() practiceId!: string | null;
  @HideField() twinningId!: string | null;
  @HideField() uploadedById!: string;
  /** Downloadable by anybody without a key. */
  @HideField() isPublic!: boolean;
}

@ObjectType('DocumentVersion')
export class DocumentVersion {
  @Field(() => Int) version!: number;
  @Field() fileName!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() sha256!: string;
  @Field(() => String, { nullable: true, description: 'null per la prima versione' }) changeSummary!: string | null;
  @Field() createdAt!: Date;
  @HideField() documentId!: string;
  @HideField() uploadedById!: string;
  @HideField() isPublic!: boolean;
}

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    licence: row.licence,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    practiceId: row.practiceId,
    twinningId: row.twinningId,
    uploadedById: row.uploadedById,
    isPublic: row.isPublic,
  };
}

/** A version of `document` (whose visibility it shares). */
export function toDocumentVersion(row: DocumentVersionRow, document: Pick<Document, 'isPublic'>): DocumentVersion {
  return {
    version: row.version,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    changeSummary: row.changeSummary,
    createdAt: row.createdAt,
    documentId: row.documentId,
    uploadedById: row.uploadedById,
    isPublic: document.isPublic,
  };
}
