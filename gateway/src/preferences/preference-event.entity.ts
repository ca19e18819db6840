import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import type { Language } from '../common/language.js';

export const SubjectKind = {
  PERSON: 'person',
  SUBSCRIPTION: 'subscription',
  CONTACT: 'contact',
  VISITOR: 'visitor',
} as const;
export type SubjectKind = ValueOf<typeof SubjectKind>;

export const Decision = {
  GRANTED: 'granted',
  WITHDRAWN: 'withdrawn',
  OBJECTED: 'objected',
  OBJECTION_WITHDRAWN: 'objection-withdrawn',
} as const;
export type Decision = ValueOf<typeof Decision>;

/**
 * Who made the change: the subject themself, their administrator, an agent, the browser's GPC
 * signal, a register, or the data protection office upholding a motivated objection.
 */
export const ActorKind = {
  SUBJECT: 'subject',
  ADMINISTRATOR: 'administrator',
  AGENT: 'agent',
  GPC: 'gpc',
  REGISTER: 'register',
  OFFICE: 'office',
} as const;
export type ActorKind = ValueOf<typeof ActorKind>;

export const CollectionChannel = { WEB: 'web', APP: 'app', PHONE: 'phone', POST: 'post' } as const;
export type CollectionChannel = ValueOf<typeof CollectionChannel>;

/**
 * The ledger: one row per change of a choice, never updated or deleted (grants and triggers
 * refuse it), hash-chained per subject. It holds pseudonymous ids only, so erasing a person's
 * personal data never rewrites it.
 */
@Entity({ name: 'preference_event' })
@Unique('preference_event_sequence', ['subjectId', 'sequence'])
@Check('preference_event_subject_kind', oneOf('subject_kind', SubjectKind))
@Check('preference_event_decision', oneOf('decision', Decision))
@Check('preference_event_actor_kind', oneOf('actor_kind', ActorKind))
@Check('preference_event_collection_channel', oneOf('collection_channel', CollectionChannel))
export class PreferenceEvent {
  /** Global order of events; the cursor of history pages and, later, of the change feed. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  subjectKind!: SubjectKind;

  /** 1, 2, 3… per subject: the chain's order. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  purpose!: string;

  /** A marketing channel, or null for the purpose as a whole. */
  @Column({ type: 'text', nullable: true })
  channel!: string | null;

  @Column({ type: 'text' })
  decision!: Decision;

  /** The version of the purpose text the person saw; null when nobody saw one (GPC, registers). */
  @Column({ type: 'integer', nullable: true })
  textVersion!: number | null;

  @Column({ type: 'text', nullable: true })
  language!: Language | null;

  @Column({ type: 'text' })
  actorKind!: ActorKind;

  /** The acting person (the subject, their administrator, the agent); null for GPC and registers. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  collectionChannel!: CollectionChannel;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** The operator site a visitor chose on (cookie consent); null for every other choice, and then not hashed. */
  @Column({ type: 'text', nullable: true })
  site?: string | null;

  @Column({ type: 'text' })
  previousHash!: string;

  /** sha256(previousHash + canonical JSON of this event's fields). */
  @Column({ type: 'text' })
  hash!: string;
}
