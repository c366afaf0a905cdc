import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TwinningRole } from '../workspace.enums.js';

/**
 * A participant set explicitly in the workspace (a coordinator, a contact, a further offering
 * administration). The twinning's offering and receiving administrations are participants
 * without a row here; a row for one of them adds its contact.
 */
@Entity({ name: 'twinning_participant' })
export class TwinningParticipantEntity {
  @PrimaryColumn('uuid') twinningId!: string;
  @PrimaryColumn('uuid') administrationId!: string;
  @Column({ type: 'varchar', length: 20 }) role!: TwinningRole;
  @Column({ type: 'uuid', nullable: true }) contactId!: string | null;
}

/** The working discussion of a twinning, opened with it in the "gemellaggi" category. */
@Entity({ name: 'twinning_thread' })
export class TwinningThreadEntity {
  @PrimaryColumn('uuid') twinningId!: string;
  @Column('uuid') threadId!: string;
}

@Entity({ name: 'milestone' })
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') twinningId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) dueDate!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) doneAt!: Date | null;
  /** When the "due tomorrow" notification went out, so that it goes once. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) dueRemindedAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' }) createdAt!: Date;
}

@Entity({ name: 'budget_line' })
export class BudgetLineEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') twinningId!: string;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column('int') plannedEuro!: number;
  @Column('int') spentEuro!: number;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' }) createdAt!: Date;
}

/** A participant as the workspace lists it: explicit rows and the twinning's own administrations. */
export interface ParticipantRow {
  twinningId: string;
  administrationId: string;
  role: TwinningRole;
  contactId: string | null;
}

/**
 * SQL of the participants of the twinnings `$1` (uuid[]): explicit rows first, then the offering
 * and receiving administrations without one; offering, receiving and coordinating in that order.
 */
export const PARTICIPANTS_SQL = `
  SELECT x."twinningId", x."administrationId", x."role", x."contactId" FROM (
    SELECT tp."twinningId", tp."administrationId", tp."role", tp."contactId", 1000 AS "position"
      FROM twinning_participant tp WHERE tp."twinningId" = ANY($1::uuid[])
    UNION ALL
    SELECT t."id", t."offeringAdministrationId", 'OFFERING', NULL, -1
      FROM twinning t
     WHERE t."id" = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM twinning_participant e WHERE e."twinningId" = t."id" AND e."administrationId" = t."offeringAdministrationId")
    UNION ALL
    SELECT r."twinningId", r."administrationId", 'RECEIVING', NULL, r."position"
      FROM twinning_receiving_administration r
     WHERE r."twinningId" = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM twinning_participant e WHERE e."twinningId" = r."twinningId" AND e."administrationId" = r."administrationId")
  ) x
  JOIN administration a ON a."id" = x."administrationId"
  ORDER BY x."twinningId", CASE x."role" WHEN 'OFFERING' THEN 0 WHEN 'RECEIVING' THEN 1 ELSE 2 END, x."position", a."name"`;

/** SQL condition: the member `m` belongs to an administration taking part in the twinning `twinningExpr`. */
export const participantMemberSql = (m: string, twinningExpr: string) => `(
  ${m}."administrationId" IN (SELECT tp."administrationId" FROM twinning_participant tp WHERE tp."twinningId" = ${twinningExpr})
  OR ${m}."administrationId" IN (SELECT r."administrationId" FROM twinning_receiving_administration r WHERE r."twinningId" = ${twinningExpr})
  OR ${m}."administrationId" = (SELECT t."offeringAdministrationId" FROM twinning t WHERE t."id" = ${twinningExpr}))`;
