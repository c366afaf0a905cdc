import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after MAX_ATTEMPTS; the row stays for an operator to read. */
  FAILED = 'FAILED',
}

/** One e-mail, written in the transaction of its cause; the mail worker sends it. */
@Entity({ name: 'email_outbox' })
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 320 }) recipient!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text', nullable: true }) html!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) headers!: Record<string, string>;
  @Column({ type: 'varchar', length: 10, default: EmailStatus.PENDING }) status!: EmailStatus;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) sentAt!: Date | null;
  /** Optional: one cause queues one e-mail, however often it is retried. */
  @Column({ type: 'varchar', length: 200, nullable: true }) dedupeKey!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
