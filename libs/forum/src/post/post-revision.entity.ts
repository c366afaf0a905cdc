import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A previous version of an edited post (not exposed by the API yet). */
@Entity({ name: 'post_revision' })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') postId!: string;
  /** The version this text had. */
  @Column('int') version!: number;
  @Column('text') body!: string;
  @Column('text') bodyHtml!: string;
  /** Who replaced it. */
  @Column('uuid') editedById!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
