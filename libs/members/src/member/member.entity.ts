import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberStatus, Role } from '@app/core';
import { Position, Theme } from '../enums.js';

@Entity({ name: 'member' })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-cased; visible only to the member and to admins. */
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'varchar', length: 30 }) handle!: string;
  @Column({ type: 'varchar', length: 120 }) displayName!: string;
  @Column({ type: 'varchar', length: 20 }) position!: Position;
  @Column({ type: 'varchar', length: 200, nullable: true }) jobTitle!: string | null;
  @Column({ type: 'uuid', nullable: true }) administrationId!: string | null;
  @Column({ type: 'text', nullable: true }) bio!: string | null;
  /** The bio rendered and sanitised once, on write (null without a bio). */
  @Column({ type: 'text', nullable: true }) bioHtml!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) expertise!: Theme[];
  @Column({ type: 'varchar', length: 20, default: Role.MEMBER }) role!: Role;
  @Column({ type: 'varchar', length: 20, default: MemberStatus.ACTIVE }) status!: MemberStatus;
  /** argon2id; never mapped to a GraphQL model. */
  @Column({ type: 'text', select: false }) passwordHash!: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) joinedAt!: Date;
  /** Goes up on every password change; access tokens signed under an older value stop working. */
  @Column({ type: 'int', default: 0 }) tokenVersion!: number;
  /** Codice fiscale from sign-in with SPID/CIE (the `fiscal_number` claim); unique; never mapped to GraphQL. */
  @Column({ type: 'varchar', length: 16, nullable: true }) fiscalCode!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) lastSeenAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) previousSeenAt!: Date | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
