import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'twinning_call' })
export class TwinningCallEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') practiceId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column('text') description!: string;
  @Column({ type: 'timestamptz', precision: 3 }) deadline!: Date;
  @Column('int') seats!: number;
  @Column('uuid') createdById!: string;
  /** Set by awardCall: the call is then AWARDED. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) awardedAt!: Date | null;
  /** The twinning the award proposed. */
  @Column({ type: 'uuid', nullable: true }) twinningId!: string | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'selection_criterion' })
export class SelectionCriterionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') callId!: string;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column('double precision') weight!: number;
  @Column('int') position!: number;
}

@Entity({ name: 'twinning_application' })
export class TwinningApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') callId!: string;
  @Column('uuid') administrationId!: string;
  @Column('uuid') authorId!: string;
  @Column('text') motivation!: string;
  /** Place in the ranking, once the call is AWARDED. */
  @Column({ type: 'int', nullable: true }) rank!: number | null;
  @Column({ default: false }) selected!: boolean;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' }) createdAt!: Date;
}

/** One score per application and criterion: a later score replaces it. */
@Entity({ name: 'criterion_score' })
export class CriterionScoreEntity {
  @PrimaryColumn('uuid') applicationId!: string;
  @PrimaryColumn('uuid') criterionId!: string;
  @Column('double precision') score!: number;
  @Column('uuid') scoredById!: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) scoredAt!: Date;
}
