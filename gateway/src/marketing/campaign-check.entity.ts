import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type CampaignCheckStatus = 'running' | 'done' | 'failed';

/** A whole campaign file checked against every marketing decision, as a background job with progress. */
@Entity({ name: 'campaign_check' })
@Check('campaign_check_status', `"status" IN ('running', 'done', 'failed')`)
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

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One identifier of a campaign file that may not be used, and why. */
@Entity({ name: 'campaign_check_denial' })
@Index('campaign_check_denial_order', ['checkId', 'line'])
export class CampaignCheckDenial {
  @PrimaryColumn({ type: 'uuid' })
  checkId!: string;

  @PrimaryColumn({ type: 'integer' })
  line!: number;

  @Column({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  reason!: string;
}
