import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'useful_mark' })
export class UsefulMarkEntity {
  @PrimaryColumn('uuid') postId!: string;
  @PrimaryColumn('uuid') memberId!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
