import { IsEmail, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { CollectionChannel } from './preference-event.entity.js';

/** What every change of a choice may say besides the choice itself (its fields are inherited). */
@InputType()
abstract class ChoiceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The person, line (subscription id) or contact the choice is about; omitted: the caller.',
  })
  subjectId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The text version shown to the person; omitted: the current one.' })
  @IsOptional()
  @Min(1)
  textVersion?: number | null;

  @Field(() => Language, { nullable: true, description: "The language of the text shown; omitted: the caller's." })
  language?: Language | null;

  @Field(() => CollectionChannel, {
    nullable: true,
    description: 'WEB or APP for a person (default WEB); always PHONE for an agent.',
  })
  collectionChannel?: CollectionChannel | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key and input returns the first result.' })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}

@InputType('ConsentInput', { description: 'A consent given or withdrawn.' })
export class ConsentInput extends ChoiceInput {
  @Field(() => String, { description: 'A purpose whose legal basis is consent.' })
  @MaxLength(100)
  purpose!: string;
}

@InputType('MarketingObjectionInput', { description: 'An objection to direct marketing, or its withdrawal.' })
export class MarketingObjectionInput extends ChoiceInput {
  @Field(() => Boolean, {
    description: 'True objects (no reason needed, GDPR Art. 21(2)); false withdraws the objection.',
  })
  objected!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'One channel key (phone, sms, email, post or web-popup); omitted: marketing as a whole.',
  })
  @IsOptional()
  @MaxLength(20)
  channel?: string | null;
}

export enum PersonalizedAdsKind {
  WEB_PROFILE = 'web-personalized-ads',
  ADS_PARTNER_PROFILING = 'ads-partner-profiling',
  ADS_PARTNER_SELECTION = 'ads-partner-selection',
  ADS_PARTNER_MEASUREMENT = 'ads-partner-measurement',
  TV_ADS = 'tv-personalized-ads',
  TV_RECOMMENDATIONS = 'tv-recommendations',
}
registerEnumType(PersonalizedAdsKind, {
  name: 'PersonalizedAdsKind',
  description:
    'WEB_PROFILE and the ad partner (joint controller) are per person; TV_ADS and TV_RECOMMENDATIONS per TV line.',
  valuesConfig: {
    WEB_PROFILE: { description: 'Personalised ads on websites and in apps (purpose web-personalized-ads).' },
    ADS_PARTNER_PROFILING: { description: 'An advertising profile with Ads & Data (ads-partner-profiling).' },
    ADS_PARTNER_SELECTION: { description: 'Ads chosen with Ads & Data (ads-partner-selection).' },
    ADS_PARTNER_MEASUREMENT: { description: 'Ad performance measured with Ads & Data (ads-partner-measurement).' },
    TV_ADS: { description: 'Personalised TV advertising on one TV line (tv-personalized-ads; subjectId: the line).' },
    TV_RECOMMENDATIONS: { description: 'Personalised recommendations on Pickx for one TV line (tv-recommendations).' },
  },
});

@InputType('PersonalizedAdsInput', { description: 'Personalised advertising switched on or off.' })
export class PersonalizedAdsInput extends ChoiceInput {
  @Field(() => PersonalizedAdsKind, { description: 'Which personalisation.' })
  kind!: PersonalizedAdsKind;

  @Field(() => Boolean, { description: 'True grants the consent or withdraws the objection; false the opposite.' })
  enabled!: boolean;
}

@InputType('LocationReportingOptOutInput', {
  description: 'A mobile line taken out of, or back into, location reports.',
})
export class LocationReportingOptOutInput extends ChoiceInput {
  @Field(() => Boolean, { description: 'True removes the mobile line (subjectId) from anonymous location reports.' })
  optedOut!: boolean;
}

@InputType('PreferenceInput', { description: 'Any switchable purpose of the catalogue, such as directory-listing.' })
export class PreferenceInput extends ChoiceInput {
  @Field(() => String, { description: 'The purpose key, such as directory-listing.' })
  @MaxLength(100)
  purpose!: string;

  @Field(() => Boolean, { description: 'True: the processing may happen (consent granted, or no objection).' })
  allowed!: boolean;

  @Field(() => String, { nullable: true, description: 'For direct-marketing: one channel.' })
  @IsOptional()
  @MaxLength(20)
  channel?: string | null;
}

@InputType('NonCustomerObjectionInput', { description: 'An agent records a marketing objection of a non-customer.' })
export class NonCustomerObjectionInput {
  @Field(() => String, { nullable: true, description: 'Their e-mail address (this or phoneNumber).' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A Belgian number, mobile or landline.' })
  @IsOptional()
  @MaxLength(30)
  phoneNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'One channel; omitted: marketing as a whole.' })
  @IsOptional()
  @MaxLength(20)
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key and input returns the first result.' })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}
