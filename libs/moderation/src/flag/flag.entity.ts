import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FlagStatus } from './flag.enums.js';

/** A member's report of a post; at most one OPEN flag per member and post. */
@Entity({ name: 'flag' })
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') postId!: string;
  @Column('uuid') reporterId!: string;
  @Column('text') reason!: string;
  @Column({ type: 'varchar', length: 12, default: FlagStatus.OPEN }) status!: FlagStatus;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'uuid', nullable: true }) resolvedById!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) resolutionNote!: string | null;
}
