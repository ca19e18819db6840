import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A visitor of the operator's sites as a data subject: known only by the hash of the id in its
 * cookie (visitor-id.ts). Its choices are ledger events; this row says when it last chose, for
 * re-asking and for the retention sweep, and, once it signs in, whose browser it was.
 */
@Entity({ name: 'visitor' })
export class Visitor {
  /** The ledger's subject id: a hash of the cookie's visitor id. */
  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'timestamptz' })
  firstChoiceAt!: Date;

  @Index('visitor_by_last_choice')
  @Column({ type: 'timestamptz' })
  lastChoiceAt!: Date;

  /** The person who signed in with this browser, once linked. */
  @Index('visitor_by_person')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  linkedAt!: Date | null;
}
