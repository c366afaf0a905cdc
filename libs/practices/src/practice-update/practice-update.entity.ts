import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What one field looked like before and after an update. */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/** One entry of a practice's changelog; `changes` keeps the changed fields for a later field-level diff. */
@Entity({ name: 'practice_update' })
export class PracticeUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') practiceId!: string;
  @Column('uuid') authorId!: string;
  @Column('text') changeSummary!: string;
  /** Keyed by field name (title, themes, contactIds...). */
  @Column({ type: 'jsonb', default: () => "'{}'" }) changes!: Record<string, FieldChange>;
  /** The practice version this update produced. */
  @Column('int') version!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
