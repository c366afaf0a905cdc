import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Theme } from '@app/members';
import { NeedStatus } from '../reuse.enums.js';

/** What an administration needs (a fabbisogno), published by one of its members. */
@Entity({ name: 'need' })
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') administrationId!: string;
  @Column('uuid') authorId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Markdown as written. */
  @Column('text') description!: string;
  /** Sanitised once, on write. */
  @Column('text') descriptionHtml!: string;
  @Column({ type: 'text', array: true }) themes!: Theme[];
  @Column({ type: 'varchar', length: 10, default: NeedStatus.OPEN }) status!: NeedStatus;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) closedById!: string | null;
  // "searchVector" is a generated tsvector column (see the migration); it is never read into the entity.
}
