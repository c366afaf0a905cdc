import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, groupByKeys, isUuid, RequestContext } from '@app/core';
import { DocumentRow, DocumentVersionRow, documentsOf, versionsOfDocuments, visibleDocuments } from './document.queries.js';

/** Builds the document loaders of one request (see PracticesLoadersFactory). */
export class DocumentLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** A document the viewer may see, else null. */
  documentById(ctx: RequestContext): DataLoader<string, DocumentRow | null> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await visibleDocuments(this.dataSource, ctx.viewer, valid) : [];
      return byKeys(ids, rows, (d) => d.id);
    });
  }

  /** Newest first; whoever sees a practice sees its documents. */
  documentsByPractice(): DataLoader<string, DocumentRow[]> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await documentsOf(this.dataSource, 'practiceId', valid) : [];
      return groupByKeys(ids, rows, (d) => d.practiceId!);
    });
  }

  /** Newest first; only for signed-in ACTIVE members (a twinning itself is public, its documents are not). */
  documentsByTwinning(ctx: RequestContext): DataLoader<string, DocumentRow[]> {
    const member = ctx.viewer.activeMemberId;
    return new DataLoader(async (ids) => {
      const valid = member ? ids.filter(isUuid) : [];
      const rows = valid.length ? await documentsOf(this.dataSource, 'twinningId', valid) : [];
      return groupByKeys(ids, rows, (d) => d.twinningId!);
    });
  }

  /** Newest first. */
  versionsByDocument(): DataLoader<string, DocumentVersionRow[]> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await versionsOfDocuments(this.dataSource, valid) : [];
      return groupByKeys(ids, rows, (v) => v.documentId);
    });
  }
}
