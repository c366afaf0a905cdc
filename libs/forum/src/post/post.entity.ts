import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'post' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') threadId!: string;
  @Column('uuid') authorId!: string;
  @Column({ type: 'uuid', nullable: true }) replyToId!: string | null;
  /** The thread's first post; it stays first in Thread.posts (also after a merge into the thread). */
  @Column({ default: false }) opening!: boolean;
  /** Markdown as written. */
  @Column('text') body!: string;
  /** Sanitised once, on write. */
  @Column('text') bodyHtml!: string;
  /** Members named as @handle in the body, resolved on write. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) mentionedIds!: string[];
  /** Starts at 1; bumped only by an edit (compare-and-set). */
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ default: false }) hidden!: boolean;
  /** Kept with atomic increments next to the useful_mark rows. */
  @Column({ type: 'int', default: 0 }) usefulCount!: number;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) editedAt!: Date | null;
}
