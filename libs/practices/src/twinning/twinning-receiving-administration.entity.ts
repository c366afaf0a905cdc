import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'twinning_receiving_administration' })
export class TwinningReceivingAdministrationEntity {
  @PrimaryColumn('uuid') twinningId!: string;
  @PrimaryColumn('uuid') administrationId!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
}
