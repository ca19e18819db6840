import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf, type ValueOf } from '../common/domain-list.js';
import type { DenialReason } from './marketing-decisions.js';

export const CampaignCheckStatus = { RUNNING: 'running', DONE: 'done', FAILED: 'failed' } as const;
export type CampaignCheckStatus = ValueOf<typeof CampaignCheckStatus>;

/** A whole campaign file checked against every marketing decision, as a background job with progress. */
@Entity({ name: 'campaign_check' })
@Check('campaign_check_status', oneOf('status', CampaignCheckStatus))
export class CampaignCheck {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  channel!: string;

  /** The system or person that asked; only they (and the DPO) read the result. */
  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'text' })
  status!: CampaignCheckStatus;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  denied!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /**
   * The file's identifiers while the check runs (one per line), sealed with the check's own data
   * key, so that any gateway can resume it after a crash; cleared when it ends.
   */
  @Column({ type: 'bytea', nullable: true, select: false })
  file!: Buffer | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * One identifier of a campaign file that may not be used, and why. The identifier is sealed with
 * the data key of the subject it belongs to when known (an erasure shreds it; the line and the
 * reason stay, so the person is still not called), else with the check's own key.
 */
@Entity({ name: 'campaign_check_denial' })
@Index('campaign_check_denial_order', ['checkId', 'line'])
@Index('campaign_check_denial_by_subject', ['sealedFor'])
export class CampaignCheckDenial {
  @PrimaryColumn({ type: 'uuid' })
  checkId!: string;

  @PrimaryColumn({ type: 'integer' })
  line!: number;

  /** Null once the subject it belonged to was erased. */
  @Column({ type: 'bytea', nullable: true })
  identifier!: Buffer | null;

  /** Whose data key sealed the identifier: the subject it belongs to, or the check. */
  @Column({ type: 'uuid' })
  sealedFor!: string;

  @Column({ type: 'text' })
  reason!: DenialReason;
}
