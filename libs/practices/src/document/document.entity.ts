import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DocumentKind } from '../enums.js';

/** A document of one practice or one twinning; `version` is its current version's number. */
@Entity({ name: 'document' })
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) practiceId!: string | null;
  @Column({ type: 'uuid', nullable: true }) twinningId!: string | null;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: DocumentKind;
  /** An SPDX identifier, as the SPDX list spells it. */
  @Column({ type: 'varchar', length: 100, nullable: true }) licence!: string | null;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column('uuid') createdById!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/** One version of a document: the upload it was made from, who uploaded it and why. */
@Entity({ name: 'document_version' })
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') documentId!: string;
  @Column('int') version!: number;
  @Column('uuid') fileId!: string;
  @Column({ type: 'text', nullable: true }) changeSummary!: string | null;
  @Column('uuid') uploadedById!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  /** The text found in the file, for search; null until extracted (or when none was found). */
  @Column({ type: 'text', nullable: true, select: false }) text!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) textExtractedAt!: Date | null;
}
