import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** bigint columns come back from PostgreSQL as strings; sizes stay far below 2^53. */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * One upload: the metadata of a file whose bytes the FileStorage keeps under `sha256`. It is
 * attached when something (a document version) takes it, and released when that goes; an upload
 * not attached a day after it came is deleted (the `files.cleanup` job), and its bytes with it
 * when no other upload shares them.
 */
@Entity({ name: 'uploaded_file' })
@Index('IDX_uploaded_file_sha256', ['sha256'])
export class UploadedFileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) sizeBytes!: number;
  /** Judged from the content when it came, never from the name or the client's header. */
  @Column({ type: 'varchar', length: 200 }) contentType!: string;
  /** Sanitised: no path, no control characters, Unicode kept. */
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column('uuid') uploadedById!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  /** When it was attached; null while it waits (or after it was released). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) attachedAt!: Date | null;
}
