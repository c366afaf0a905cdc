import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TwinningStatus } from '../enums.js';

@Entity({ name: 'twinning' })
export class TwinningEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') practiceId!: string;
  /** The practice's offering administration when the twinning was proposed. */
  @Column('uuid') offeringAdministrationId!: string;
  @Column({ type: 'uuid', nullable: true }) proposedById!: string | null;
  @Column({ type: 'varchar', length: 20, default: TwinningStatus.PROPOSED }) status!: TwinningStatus;
  @Column('text') objectives!: string;
  @Column({ type: 'int', nullable: true }) budgetEuro!: number | null;
  /** Set when the transfer starts (ACTIVE). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) startDate!: Date | null;
  /** Set when the twinning is closed (COMPLETED or CANCELLED). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) endDate!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
