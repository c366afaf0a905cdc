import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionStage } from '../reuse.enums.js';

/** Where one administration stands with one practice (one row per pair; its stages in `adoption_stage_change`). */
@Entity({ name: 'adoption' })
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') practiceId!: string;
  @Column('uuid') administrationId!: string;
  @Column({ type: 'varchar', length: 20 }) stage!: AdoptionStage;
  @Column({ type: 'uuid', nullable: true }) twinningId!: string | null;
  /** Who verified the current stage; cleared by every stage change. */
  @Column({ type: 'uuid', nullable: true }) verifiedById!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) verifiedAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'adoption_stage_change' })
export class AdoptionStageChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') adoptionId!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) from!: AdoptionStage | null;
  @Column({ type: 'varchar', length: 20 }) to!: AdoptionStage;
  @Column('uuid') byId!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) at!: Date;
}
