import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { SubscriptionKind } from '../identity/index.js';
import { LegalBasis, PurposeScope } from './purpose-catalogue.js';

registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description:
    'CONSENT: off until the person says yes. LEGITIMATE_INTEREST: on until the person objects. CONTRACT and LEGAL_OBLIGATION: shown, not switchable.',
});

registerEnumType(PurposeScope, {
  name: 'PurposeScope',
  description: 'PERSON: one choice per person. SUBSCRIPTION: one choice per line (TV, mobile, fixed).',
});

@ObjectType('MarketingChannelOption', { simpleResolvers: true })
export class MarketingChannelOptionView {
  @Field(() => String, { description: 'Contract key: phone, sms, email, post or web-popup.' })
  key!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType('Purpose', {
  simpleResolvers: true,
  description: 'One purpose of the catalogue, with its text in one language and version.',
})
export class PurposeView {
  @Field(() => String, { description: 'Contract key, such as direct-marketing or location-reporting.' })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  retention!: string;

  @Field(() => String)
  howToWithdraw!: string;

  @Field(() => Int, { description: 'The version of this text; a decision records the version it was taken on.' })
  textVersion!: number;

  @Field(() => Language)
  language!: Language;

  @Field(() => LegalBasis)
  legalBasis!: LegalBasis;

  @Field(() => String, { description: 'The legal basis in plain words.' })
  legalBasisText!: string;

  @Field(() => Boolean, { description: 'False for contract and legal obligation: shown for transparency only.' })
  switchable!: boolean;

  @Field(() => Boolean, { description: 'The state when nobody has chosen: consent off, legitimate interest on.' })
  allowedByDefault!: boolean;

  @Field(() => PurposeScope)
  scope!: PurposeScope;

  @Field(() => [SubscriptionKind], { description: 'For SUBSCRIPTION scope: the kinds of line it applies to.' })
  subscriptionKinds!: SubscriptionKind[];

  @Field(() => [MarketingChannelOptionView], { description: 'Channels that can be chosen one by one.' })
  channels!: MarketingChannelOptionView[];

  @Field(() => [String], { description: 'Joint controllers besides Proximus (GDPR Art. 26).' })
  jointControllers!: string[];

  @Field(() => String, {
    description: 'marketing, advertising, tv, location, directory, loyalty or service: for grouping.',
  })
  category!: string;
}
