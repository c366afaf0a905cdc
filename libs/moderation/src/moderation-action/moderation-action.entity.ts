import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'moderation_action' })
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') moderatorId!: string;
  /** PIN, UNPIN, LOCK, UNLOCK, HIDE_THREAD, ..., SET_ROLE, SET_STATUS */
  @Column({ type: 'varchar', length: 40 }) action!: string;
  /** THREAD, POST, FLAG, MEMBER */
  @Column({ type: 'varchar', length: 20 }) targetType!: string;
  @Column('uuid') targetId!: string;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'jsonb', nullable: true }) details!: Record<string, unknown> | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
