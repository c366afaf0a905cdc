import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AdministrationKind, Region } from '../enums.js';

@Entity({ name: 'administration' })
export class AdministrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) ipaCode!: string | null;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 40 }) kind!: AdministrationKind;
  @Column({ type: 'varchar', length: 40, nullable: true }) region!: Region | null;
  @Column({ type: 'char', length: 2, default: 'IT' }) country!: string;
  /** Sigla of a province of the table `province` in the same region, when known. */
  @Column({ type: 'char', length: 2, nullable: true }) province!: string | null;
  /** Codice fiscale of the body, as the IPA registry gives it. */
  @Column({ type: 'varchar', length: 16, nullable: true }) taxCode!: string | null;
  /** ISTAT code of the municipality of its seat (six digits), as the IPA registry gives it. */
  @Column({ type: 'varchar', length: 6, nullable: true }) istatCode!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
