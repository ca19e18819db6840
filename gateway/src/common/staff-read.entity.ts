import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every read of a person's data by staff (an agent or the DPO): who, what, about whom, when. */
@Entity({ name: 'staff_read' })
@Index('staff_read_by_subject', ['subjectId', 'readAt'])
export class StaffRead {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  staffPersonId!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The GraphQL field that read it, such as `privacyPreferences`. */
  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
