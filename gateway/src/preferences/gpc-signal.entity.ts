import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first request of a person that carried `Sec-GPC: 1`: the objection it implies is recorded once. */
@Entity({ name: 'gpc_signal' })
export class GpcSignal {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;
}
