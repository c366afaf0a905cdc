import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A password reset link: only the SHA-256 of its token is stored; single use, one hour. */
@Entity({ name: 'password_reset' })
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) memberId!: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash!: string;
  @Column({ type: 'timestamptz', precision: 3 }) expiresAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
