import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting of the community (no twinning) or of a twinning. */
@Entity({ name: 'event' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'timestamptz', precision: 3 }) startsAt!: Date;
  @Column({ type: 'timestamptz', precision: 3 }) endsAt!: Date;
  @Column({ type: 'varchar', length: 300, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'uuid', nullable: true }) twinningId!: string | null;
  @Column('uuid') organiserId!: string;
  @Column({ default: false }) cancelled!: boolean;
  /** iCalendar SEQUENCE: goes up with every update and with the cancellation. */
  @Column({ type: 'int', default: 0 }) sequence!: number;
  /** The sequence whose reminder was sent, so that each schedule reminds once. */
  @Column({ type: 'int', nullable: true }) remindedSequence!: number | null;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'event_attendee' })
export class EventAttendeeEntity {
  @PrimaryColumn('uuid') eventId!: string;
  @PrimaryColumn('uuid') memberId!: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt!: Date;
}

/**
 * SQL condition: the event `e` is visible to a reader whose active member id is `memberIdExpr`
 * (null for anonymous and suspended readers): community events to everybody, a twinning's events
 * to ACTIVE members who may see the twinning's practice (`practiceVisible`, over `ep`).
 */
export const visibleEventSql = (e: string, memberIdExpr: string | null, practiceVisible: string) =>
  memberIdExpr === null
    ? `${e}."twinningId" IS NULL`
    : `(${e}."twinningId" IS NULL OR EXISTS (SELECT 1 FROM twinning et JOIN practice ep ON ep."id" = et."practiceId"
         WHERE et."id" = ${e}."twinningId" AND ${practiceVisible}))`;
