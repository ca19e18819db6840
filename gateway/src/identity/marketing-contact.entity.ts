import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person known only by an e-mail address or a phone number (a competition, an event, a shop
 * visit), who may object to marketing through an agent. Deletable; the ledger keeps only the id.
 */
@Entity({ name: 'marketing_contact' })
@Check('marketing_contact_identified', `"email" IS NOT NULL OR "phone_number" IS NOT NULL`)
export class MarketingContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true, where: '"email" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Index({ unique: true, where: '"phone_number" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  phoneNumber!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
