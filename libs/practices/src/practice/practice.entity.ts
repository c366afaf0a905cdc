import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Theme } from '@app/members';
import { PracticeStatus } from '../enums.js';

@Entity({ name: 'practice' })
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Derived from the first title, unique, never changed afterwards (links keep working). */
  @Column({ type: 'varchar', length: 220 }) slug!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column('text') summary!: string;
  /** Markdown as written. */
  @Column('text') description!: string;
  /** Sanitised once, on write. */
  @Column('text') descriptionHtml!: string;
  @Column({ type: 'text', array: true }) themes!: Theme[];
  @Column('uuid') offeringAdministrationId!: string;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'text', nullable: true }) replicability!: string | null;
  @Column({ type: 'text', nullable: true }) results!: string | null;
  @Column({ type: 'int', nullable: true }) costEuro!: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) technologies!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  @Column({ type: 'varchar', length: 20, default: PracticeStatus.PUBLISHED }) status!: PracticeStatus;
  /** Bumped only by PracticeService.update (compare-and-set), never by TypeORM. */
  @Column({ type: 'int', default: 1 }) version!: number;
  /** Source code, when the practice includes software (http or https). */
  @Column({ type: 'varchar', length: 500, nullable: true }) repositoryUrl!: string | null;
  /** SPDX identifier, as the SPDX License List spells it. */
  @Column({ type: 'varchar', length: 100, nullable: true }) licence!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) updatedAt!: Date;
  // "searchVector" is a generated tsvector column (see the migration); it is never read into the entity.
}
