import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A member to ask about a practice; contacts may edit it. `position` keeps the order they were given in. */
@Entity({ name: 'practice_contact' })
export class PracticeContactEntity {
  @PrimaryColumn('uuid') practiceId!: string;
  @PrimaryColumn('uuid') memberId!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
