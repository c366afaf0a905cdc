import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoadersFactory, RequestContext } from '@app/core';
import type { AdministrationEntity, MemberEntity } from '@app/members';
import type { PracticeUpdateEntity } from './practice-update/practice-update.entity.js';
import type { PracticeEntity } from './practice/practice.entity.js';
import type { PracticeCard } from './practice/practice-card.js';
import { DocumentLoaderBuilder } from './document/document.loader.js';
import type { DocumentRow, DocumentVersionRow } from './document/document.queries.js';
import { PracticeLoaderBuilder } from './practice/practice.loader.js';
import { PracticeService } from './practice/practice.service.js';
import type { TwinningStatusChangeEntity } from './twinning/twinning-status-change.entity.js';
import type { TwinningEntity } from './twinning/twinning.entity.js';

/** The practices lib's loaders of one request; those that return practices apply the viewer's visibility. */
export interface PracticesLoaders {
  /** A practice the viewer may see, else null. */
  readonly practiceById: DataLoader<string, PracticeEntity | null>;
  /** The card of a practice the viewer may see (the same rule as practiceById), else null; a thread's links prime it. */
  readonly practiceCardById: DataLoader<string, PracticeCard | null>;
  /** Contacts in the order they were given. */
  readonly contactsByPractice: DataLoader<string, MemberEntity[]>;
  /** Newest first. */
  readonly updatesByPractice: DataLoader<string, PracticeUpdateEntity[]>;
  /** Newest first. */
  readonly twinningsByPractice: DataLoader<string, TwinningEntity[]>;
  /** Practices an administration offers that the viewer may see: published first, then archived and drafts; newest first. */
  readonly practicesByAdministration: DataLoader<string, PracticeEntity[]>;
  /** Receiving administrations in the order they were proposed. */
  readonly receivingByTwinning: DataLoader<string, AdministrationEntity[]>;
  /** Oldest first. */
  readonly historyByTwinning: DataLoader<string, TwinningStatusChangeEntity[]>;
  /** A document the viewer may see, else null. */
  readonly documentById: DataLoader<string, DocumentRow | null>;
  /** Newest first. */
  readonly documentsByPractice: DataLoader<string, DocumentRow[]>;
  /** Newest first; empty for anonymous and suspended viewers. */
  readonly documentsByTwinning: DataLoader<string, DocumentRow[]>;
  /** Newest first. */
  readonly versionsByDocument: DataLoader<string, DocumentVersionRow[]>;
}

/** `for(ctx)`: the practices lib's loaders of the request, created on first use. */
@Injectable()
export class PracticesLoadersFactory extends LoadersFactory<PracticesLoaders> {
  private readonly build: PracticeLoaderBuilder;
  private readonly documents: DocumentLoaderBuilder;

  constructor(dataSource: DataSource, practices: PracticeService) {
    super();
    this.build = new PracticeLoaderBuilder(dataSource, practices);
    this.documents = new DocumentLoaderBuilder(dataSource);
  }

  protected create(ctx: RequestContext): PracticesLoaders {
    return {
      practiceById: this.build.practiceById(ctx),
      practiceCardById: this.build.practiceCardById(ctx),
      contactsByPractice: this.build.contactsByPractice(ctx),
      updatesByPractice: this.build.updatesByPractice(ctx),
      twinningsByPractice: this.build.twinningsByPractice(ctx),
      practicesByAdministration: this.build.practicesByAdministration(ctx),
      receivingByTwinning: this.build.receivingByTwinning(ctx),
      historyByTwinning: this.build.historyByTwinning(ctx),
      documentById: this.documents.documentById(ctx),
      documentsByPractice: this.documents.documentsByPractice(),
      documentsByTwinning: this.documents.documentsByTwinning(ctx),
      versionsByDocument: this.documents.versionsByDocument(),
    };
  }
}
