import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FollowLevel, FollowTargetType } from '../notifications.enums.js';

@Entity({ name: 'follow' })
@Unique('UQ_follow_member_target', ['memberId', 'targetType', 'targetId'])
@Index('IDX_follow_target', ['targetType', 'targetId'])
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') memberId!: string;
  @Column({ type: 'varchar', length: 20 }) targetType!: FollowTargetType;
  /** A uuid, or the normalised tag itself for TAG. */
  @Column('text') targetId!: string;
  @Column({ type: 'varchar', length: 30, default: FollowLevel.WATCHING }) level!: FollowLevel;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) updatedAt!: Date;
}
