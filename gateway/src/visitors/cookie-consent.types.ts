import { Field, ID, ObjectType } from 'type-graphql';
import { PurposeStateView } from '../preferences/index.js';

@ObjectType('CookieConsent', {
  simpleResolvers: true,
  description: "A visitor's cookie choices on the operator sites, and whether the banner must ask again.",
})
export class CookieConsentView {
  @Field(() => ID, {
    description: 'Stable: derived from the visitor, so an answer updates the read in a client cache.',
  })
  id!: string;

  @Field(() => ID, { description: "The visitor's pseudonymous subject id in the ledger (a hash of its cookie id)." })
  subjectId!: string;

  @Field(() => [PurposeStateView], {
    description: 'Every cookie category, strictly necessary first, with its text in the language asked for.',
  })
  categories!: PurposeStateView[];

  @Field(() => Date, { nullable: true, description: 'When the visitor last answered; null: never.' })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the answer expires and the banner asks again.' })
  validUntil!: Date | null;

  @Field(() => Boolean, {
    description: 'Ask (again): never answered, the answer expired, or a category text has a newer version.',
  })
  needsAnswer!: boolean;
}
