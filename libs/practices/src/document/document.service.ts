import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, isUuid, namedCondition, readerOf, TransactionRunner, UnitOfWork, ViewerContext } from '@app/core';
import { attachUpload, releaseUploads, UploadedFileEntity } from '@app/files';
import { appendPracticeChange } from '../practice-update/practice-update.queries.js';
import { PracticeNotFoundError } from '../practice/practice.errors.js';
import { visiblePracticeSql } from '../practice/practice.rules.js';
import { PracticeService } from '../practice/practice.service.js';
import { DocumentPublished } from '../practices.events.js';
import { TwinningNotFoundError } from '../twinning/twinning.errors.js';
import type { AttachDocumentInput, ReplaceDocumentInput } from './dto/document.inputs.js';
import { DocumentEntity, DocumentVersionEntity } from './document.entity.js';
import { DocumentEditForbiddenError, DocumentNotFoundError, UploadNotAttachableError } from './document.errors.js';
import { DocumentRow, fileIdsOfDocument, isTwinningMember, lockDocumentVersions, refreshDocumentSearch, visibleDocuments } from './document.queries.js';
import { DocumentTextWorker } from './document-text.worker.js';
import { spdxLicence } from './spdx.js';

/** What a document belongs to. */
interface DocumentOwner {
  practiceId: string | null;
  twinningId: string | null;
}

/** A title in guillemets, for a changelog line. */
const quoted = (title: string) => `«${title}»`;

/**
 * Documents of practices and twinnings: attached from an upload of the viewer (`POST /files`),
 * replaced by new versions (older ones stay downloadable), removed. The practice's contacts,
 * or the members of the twinning's administrations, and moderators manage them; a practice's
 * changelog records each change to its documents, and followers hear of new ones and new versions.
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly practices: PracticeService,
    private readonly textWorker: DocumentTextWorker,
  ) {}

  /** A document the viewer may see; NOT_FOUND otherwise. */
  async get(viewer: ViewerContext, id: string): Promise<DocumentRow> {
    if (!isUuid(id)) throw new DocumentNotFoundError(id);
    const [row] = await visibleDocuments(this.dataSource, viewer, [id]);
    if (!row) throw new DocumentNotFoundError(id);
    return row;
  }

  async attach(viewer: ViewerContext, input: AttachDocumentInput): Promise<DocumentRow> {
    viewer.assertCanWrite();
    const owner = this.ownerOf(input);
    const licence = spdxLicence(input.licence);
    if (!isUuid(input.fileId)) throw new UploadNotAttachableError();
    const id = await this.tx.run(async (uow) => {
      const { em } = uow;
      await this.assertOwnerVisible(em, viewer, owner);
      await this.assertMayManage(em, viewer, owner);
      const file = await this.attachUpload(em, input.fileId, viewer.memberId);
      const document = await em.getRepository(DocumentEntity).save(
        em.getRepository(DocumentEntity).create({ ...owner, title: input.title, kind: input.kind, licence, version: 1, createdById: viewer.memberId }),
      );
      await em.getRepository(DocumentVersionEntity).insert({ documentId: document.id, version: 1, fileId: file.id, changeSummary: null, uploadedById: viewer.memberId });
      if (owner.practiceId) {
        await appendPracticeChange(em, {
          practiceId: owner.practiceId,
          authorId: viewer.memberId,
          summary: `Aggiunto il documento ${quoted(input.title)}`,
          changes: { documents: { before: null, after: { id: document.id, title: input.title, version: 1, fileName: file.fileName } } },
        });
      }
      await this.published(uow, document, viewer.memberId);
      return document.id;
    });
    return this.get(viewer, id);
  }

  async replace(viewer: ViewerContext, input: ReplaceDocumentInput): Promise<DocumentRow> {
    viewer.assertCanWrite();
    if (!isUuid(input.documentId)) throw new DocumentNotFoundError(input.documentId);
    if (!isUuid(input.fileId)) throw new UploadNotAttachableError();
    await this.tx.run(async (uow) => {
      const { em } = uow;
      const document = await this.lockManageable(em, viewer, input.documentId);
      const file = await this.attachUpload(em, input.fileId, viewer.memberId);
      const version = document.version + 1;
      await em.getRepository(DocumentVersionEntity).insert({
        documentId: document.id,
        version,
        fileId: file.id,
        changeSummary: input.changeSummary,
        uploadedById: viewer.memberId,
      });
      await em.getRepository(DocumentEntity).update(document.id, { version });
      if (document.practiceId) {
        await appendPracticeChange(em, {
          practiceId: document.practiceId,
          authorId: viewer.memberId,
          summary: `Nuova versione (${version}) del documento ${quoted(document.title)}: ${input.changeSummary}`,
          changes: { documents: { before: { id: document.id, version: document.version }, after: { id: document.id, version, fileName: file.fileName } } },
        });
      }
      await this.published(uow, { ...document, version }, viewer.memberId);
    });
    return this.get(viewer, input.documentId);
  }

  /** Removes a document with every version; their uploads are released (and deleted by the clean-up). */
  async remove(viewer: ViewerContext, documentId: string): Promise<boolean> {
    viewer.assertCanWrite();
    if (!isUuid(documentId)) throw new DocumentNotFoundError(documentId);
    await this.tx.run(async ({ em }) => {
      // The versions go with the document (ON DELETE CASCADE): locked first, as the text worker does.
      await lockDocumentVersions(em, documentId);
      const document = await this.lockManageable(em, viewer, documentId);
      const fileIds = await fileIdsOfDocument(em, document.id);
      await em.getRepository(DocumentEntity).delete(document.id);
      await releaseUploads(em, fileIds);
      if (document.practiceId) {
        await appendPracticeChange(em, {
          practiceId: document.practiceId,
          authorId: viewer.memberId,
          summary: `Rimosso il documento ${quoted(document.title)}`,
          changes: { documents: { before: { id: document.id, title: document.title, version: document.version }, after: null } },
        });
      }
    });
    return true;
  }

  /** Exactly one of practiceId and twinningId, each an id. */
  private ownerOf(input: AttachDocumentInput): DocumentOwner {
    const practiceId = input.practiceId || null;
    const twinningId = input.twinningId || null;
    if (Boolean(practiceId) === Boolean(twinningId)) {
      const message = 'indica esattamente uno tra practiceId e twinningId';
      throw new BadUserInputError([
        { field: 'practiceId', message },
        { field: 'twinningId', message },
      ]);
    }
    if (practiceId && !isUuid(practiceId)) throw new PracticeNotFoundError(practiceId);
    if (twinningId && !isUuid(twinningId)) throw new TwinningNotFoundError(twinningId);
    return { practiceId, twinningId };
  }

  /** The practice, or the twinning's practice, is one the viewer sees (NOT_FOUND otherwise). */
  private async assertOwnerVisible(em: EntityManager, viewer: ViewerContext, owner: DocumentOwner): Promise<void> {
    if (owner.practiceId) {
      const [practice] = await this.practices.findVisible(em, viewer, [owner.practiceId]);
      if (!practice) throw new PracticeNotFoundError(owner.practiceId);
      return;
    }
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const found = await em
      .createQueryBuilder()
      .select('1')
      .from('twinning', 't')
      .innerJoin('practice', 'p', 'p.id = t."practiceId"')
      .where('t.id = :id', { id: owner.twinningId })
      .andWhere(visible.sql, visible.params)
      .getRawOne();
    if (!found) throw new TwinningNotFoundError(owner.twinningId!);
  }

  /** Contacts of the practice, members of the twinning's administrations, moderators. */
  private async assertMayManage(em: EntityManager, viewer: ViewerContext & { memberId: string }, owner: DocumentOwner): Promise<void> {
    if (viewer.canModerate) return;
    const allowed = owner.practiceId
      ? await this.practices.isContact(em, owner.practiceId, viewer.memberId)
      : await isTwinningMember(em, owner.twinningId!, viewer.memberId);
    if (!allowed) throw new DocumentEditForbiddenError(!owner.practiceId);
  }

  /** The document, locked for the rest of the transaction, if the viewer sees it and may manage it. */
  private async lockManageable(em: EntityManager, viewer: ViewerContext & { memberId: string }, id: string): Promise<DocumentEntity> {
    const document = await em.getRepository(DocumentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document || !(await visibleDocuments(em, viewer, [id])).length) throw new DocumentNotFoundError(id);
    await this.assertMayManage(em, viewer, document);
    return document;
  }

  private async attachUpload(em: EntityManager, fileId: string, memberId: string): Promise<UploadedFileEntity> {
    const file = await attachUpload(em, fileId, memberId);
    if (!file) throw new UploadNotAttachableError();
    return file;
  }

  /** A new version is in: searchable by its title and name now, by its text once extracted; followers hear of it. */
  private async published(uow: UnitOfWork, document: Pick<DocumentEntity, 'id' | 'practiceId' | 'twinningId' | 'version'>, actorId: string): Promise<void> {
    await refreshDocumentSearch(uow.em, document.id);
    await uow.publish(new DocumentPublished(document.id, document.practiceId, document.twinningId, actorId, document.version));
    uow.afterCommit(() => this.textWorker.kick());
  }
}
