import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TwinningStatus } from '../enums.js';

/** One step of a twinning's history; the proposal itself is the first (from null to PROPOSED). */
@Entity({ name: 'twinning_status_change' })
export class TwinningStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') twinningId!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) from!: TwinningStatus | null;
  @Column({ type: 'varchar', length: 20 }) to!: TwinningStatus;
  @Column('uuid') byId!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) at!: Date;
}
