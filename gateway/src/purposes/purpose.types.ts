import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { SubscriptionKind } from '../identity/index.js';
import { LegalBasis, PurposeScope } from './purpose-catalogue.js';

registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description:
    'CONSENT: off until the person says yes. LEGITIMATE_INTEREST: on until the person objects. CONTRACT and LEGAL_OBLIGATION: shown, not switchable.',
  valuesConfig: {
    CONSENT: { description: 'GDPR Art. 6(1)(a): off until the person says yes; `grantConsent` and `withdrawConsent`.' },
    LEGITIMATE_INTEREST: { description: 'GDPR Art. 6(1)(f): on until the person objects.' },
    CONTRACT: { description: 'GDPR Art. 6(1)(b): needed for the service; not switchable.' },
    LEGAL_OBLIGATION: { description: 'GDPR Art. 6(1)(c): the law requires it; not switchable.' },
  },
});

registerEnumType(PurposeScope, {
  name: 'PurposeScope',
  description:
    'PERSON: one choice per person. SUBSCRIPTION: one choice per line (TV, mobile, fixed). VISITOR: cookies on the operator sites.',
  valuesConfig: {
    PERSON: { description: 'One choice per person.' },
    SUBSCRIPTION: { description: 'One choice per line: pass the line id as `subjectId`.' },
    VISITOR: { description: 'One choice per visitor of the operator sites (`setCookieConsent`), signed in or not.' },
  },
});

@ObjectType('MarketingChannelOption', { simpleResolvers: true, description: 'A channel a purpose can be chosen for.' })
export class MarketingChannelOptionView {
  @Field(() => ID, { description: 'Stable: derived from the channel and the language.' })
  id!: string;

  @Field(() => String, { description: 'Contract key: phone, sms, email, post or web-popup.' })
  key!: string;

  @Field(() => String, { description: 'The channel named in the language asked for.' })
  label!: string;
}

@ObjectType('Purpose', {
  simpleResolvers: true,
  description: 'One purpose of the catalogue, with its text in one language and version.',
})
export class PurposeView {
  @Field(() => ID, { description: 'Stable: derived from the key, the language and the text version.' })
  id!: string;

  @Field(() => String, { description: 'Contract key, such as direct-marketing or location-reporting.' })
  key!: string;

  @Field(() => String, { description: 'A short title, to label a switch.' })
  title!: string;

  @Field(() => String, { description: 'What the processing is, in plain words.' })
  description!: string;

  @Field(() => String, { description: 'How long the data is kept for this purpose.' })
  retention!: string;

  @Field(() => String, { description: 'How the person takes the choice back.' })
  howToWithdraw!: string;

  @Field(() => Int, { description: 'The version of this text; a decision records the version it was taken on.' })
  textVersion!: number;

  @Field(() => Language, { description: 'The language of these texts.' })
  language!: Language;

  @Field(() => LegalBasis, { description: 'Why the processing is lawful; decides the default and the mutations.' })
  legalBasis!: LegalBasis;

  @Field(() => String, { description: 'The legal basis in plain words.' })
  legalBasisText!: string;

  @Field(() => Boolean, { description: 'False for contract and legal obligation: shown for transparency only.' })
  switchable!: boolean;

  @Field(() => Boolean, { description: 'The state when nobody has chosen: consent off, legitimate interest on.' })
  allowedByDefault!: boolean;

  @Field(() => PurposeScope, { description: 'Whether it is chosen per person or per line.' })
  scope!: PurposeScope;

  @Field(() => [SubscriptionKind], { description: 'For SUBSCRIPTION scope: the kinds of line it applies to.' })
  subscriptionKinds!: SubscriptionKind[];

  @Field(() => [MarketingChannelOptionView], { description: 'Channels that can be chosen one by one.' })
  channels!: MarketingChannelOptionView[];

  @Field(() => [String], { description: 'Joint controllers besides Proximus (GDPR Art. 26).' })
  jointControllers!: string[];

  @Field(() => String, {
    description: 'The group it is shown in: marketing, advertising, tv, location, directory, loyalty or service.',
  })
  category!: string;
}
