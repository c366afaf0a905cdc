import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@app/core';

@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'varchar', length: 20, default: Role.MEMBER }) role!: Role;
  @Column({ type: 'varchar', length: 64 }) code!: string;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @Column({ type: 'timestamptz', precision: 3 }) expiresAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedById!: string | null;
  /** Last time the invitation e-mail was written to the outbox (creation or resending). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) sentAt!: Date | null;
  /** Set by revokeInvitation: the code stops working. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) revokedAt!: Date | null;
  /** The invitee's codice fiscale: sign-in with SPID/CIE may complete this invitation by it. */
  @Column({ type: 'varchar', length: 16, nullable: true }) fiscalCode!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

/** Derived from the dates, so it never goes stale: revoked, then accepted, then expired. */
export function invitationStatus(invitation: InvitationEntity, now = Date.now()): InvitationStatus {
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.expiresAt.getTime() <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}
