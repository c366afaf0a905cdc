import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A discussion linked to a good practice (at most once per pair). */
@Entity({ name: 'thread_practice_link' })
export class PracticeLinkEntity {
  @PrimaryColumn('uuid') threadId!: string;
  @PrimaryColumn('uuid') practiceId!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column('uuid') linkedById!: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) linkedAt!: Date;
}
