import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last link of each subject's chain. Appending locks this row (`SELECT … FOR UPDATE`), so
 * two concurrent changes of one subject take turns and the chain stays valid.
 */
@Entity({ name: 'subject_chain_head' })
export class SubjectChainHead {
  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'integer' })
  lastSequence!: number;

  @Column({ type: 'text' })
  lastHash!: string;
}
