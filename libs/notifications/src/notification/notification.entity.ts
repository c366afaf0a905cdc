import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationType } from '../notifications.enums.js';

@Entity({ name: 'notification' })
@Index('IDX_notification_inbox', ['recipientId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') recipientId!: string;
  @Column({ type: 'varchar', length: 30 }) type!: NotificationType;
  /** A short Italian sentence, written once with the row. */
  @Column('text') text!: string;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) threadId!: string | null;
  @Column({ type: 'uuid', nullable: true }) postId!: string | null;
  @Column({ type: 'uuid', nullable: true }) practiceId!: string | null;
  @Column({ type: 'uuid', nullable: true }) twinningId!: string | null;
  @Column({ type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ type: 'uuid', nullable: true }) needId!: string | null;
  @Column({ type: 'uuid', nullable: true }) adoptionId!: string | null;
  @Column({ type: 'uuid', nullable: true }) eventId!: string | null;
  @Column({ type: 'uuid', nullable: true }) callId!: string | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) readAt!: Date | null;
}
