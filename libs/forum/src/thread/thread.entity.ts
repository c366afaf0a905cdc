import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ThreadStatus } from '../forum.enums.js';

@Entity({ name: 'thread' })
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') categoryId!: string;
  @Column('uuid') authorId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Lower-cased, distinct, at most 5. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  @Column({ type: 'varchar', length: 10, default: ThreadStatus.OPEN }) status!: ThreadStatus;
  @Column({ default: false }) pinned!: boolean;
  @Column({ default: false }) hidden!: boolean;
  @Column({ type: 'uuid', nullable: true }) solutionPostId!: string | null;
  /** Set when a moderator merged this thread into another one (it is then hidden). */
  @Column({ type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  /** Useful marks on the thread's visible posts; kept with atomic increments, used by MOST_USEFUL. */
  @Column({ type: 'int', default: 0 }) usefulCount!: number;
  /** Posts not hidden; kept by the post triggers (migration ThreadPostCounts), never written here. */
  @Column({ type: 'int', default: 0, insert: false, update: false }) postCount!: number;
  /** Hidden posts, which only moderators count; kept like postCount. */
  @Column({ type: 'int', default: 0, insert: false, update: false }) hiddenPostCount!: number;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  /** The time of the newest post. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) lastActivityAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) updatedAt!: Date;
}
