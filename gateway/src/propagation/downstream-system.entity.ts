import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A system that must honour decisions (TV platform, ad platform, the ad partner, location
 * analytics, campaign tool, directory service). It receives only the purposes it is scoped to,
 * by signed webhook when it has a URL, and through the pull feed with its own API key.
 */
@Entity({ name: 'downstream_system' })
export class DownstreamSystem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable short name, such as `tv-platform`. */
  @Column({ type: 'text', unique: true })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Purpose keys this system needs and may read. */
  @Column({ type: 'text', array: true })
  purposes!: string[];

  @Column({ type: 'text', nullable: true })
  webhookUrl!: string | null;

  /** Set when the endpoint answered 410 Gone: nothing is sent until the office sets a webhook URL again. */
  @Column({ type: 'timestamptz', nullable: true })
  webhookDisabledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  webhookDisabledReason!: string | null;

  /** SHA-256 of the API key; the key itself is shown once. */
  @Column({ type: 'text', unique: true })
  apiKeyHash!: string;

  /** Bumped on rotation: the webhook signing secret is derived from the gateway secret and it. */
  @Column({ type: 'integer', default: 1 })
  secretVersion!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
