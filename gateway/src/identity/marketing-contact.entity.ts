import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person known only by an e-mail address or a phone number (a competition, an event, a shop
 * visit), who may object to marketing through an agent. Deletable; the ledger keeps only the id.
 * The address and number are sealed with the contact's data key and found by their blind indexes.
 */
@Entity({ name: 'marketing_contact' })
@Check('marketing_contact_identified', `"email_index" IS NOT NULL OR "phone_index" IS NOT NULL`)
export class MarketingContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true, where: '"email_index" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  emailIndex!: string | null;

  @Index({ unique: true, where: '"phone_index" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  phoneIndex!: string | null;

  /** `{ email, phoneNumber }`, sealed. */
  @Column({ type: 'bytea' })
  identifiers!: Buffer;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
