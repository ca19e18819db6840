import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Language } from '../common/language.js';
import { CookieChoiceMethod } from './cookie-choice.entity.js';

registerEnumType(CookieChoiceMethod, {
  name: 'CookieChoiceMethod',
  description: "How the visitor answered the banner: the first layer's buttons, or category by category.",
  valuesConfig: {
    ACCEPT_ALL: { description: 'Accept all: every category on (marketing stays off under Global Privacy Control).' },
    REFUSE_ALL: { description: 'Refuse all: every category off.' },
    CUSTOM: { description: 'Chosen one category at a time in the second layer.' },
  },
});

@InputType('CookieCategoryChoiceInput', { description: 'One cookie category as the visitor left it.' })
export class CookieCategoryChoiceInput {
  @Field(() => String, { description: 'cookie-preferences, cookie-statistics or cookie-marketing.' })
  @MaxLength(100)
  purpose!: string;

  @Field(() => Boolean, { description: 'true: consent given; false: refused or withdrawn.' })
  allowed!: boolean;

  @Field(() => Int, { description: 'The version of the category text the banner showed.' })
  @Min(1)
  textVersion!: number;
}

@InputType('CookieConsentInput', { description: "A visitor's answer to the cookie banner, every category at once." })
export class CookieConsentInput {
  @Field(() => String, { description: 'The random UUID in the visitor’s first-party cookie (px_visitor).' })
  @MaxLength(100)
  visitorId!: string;

  @Field(() => String, { description: 'The operator site the banner runs on (its host name).' })
  @MaxLength(300)
  site!: string;

  @Field(() => Language, { description: 'The language the banner was shown in.' })
  language!: Language;

  @Field(() => CookieChoiceMethod, { description: 'Which button gave the answer.' })
  method!: CookieChoiceMethod;

  @Field(() => [CookieCategoryChoiceInput], { description: 'Each switchable category exactly once.' })
  choices!: CookieCategoryChoiceInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: "The page's navigator.globalPrivacyControl (a Sec-GPC: 1 header counts too): marketing is off.",
  })
  globalPrivacyControl!: boolean;

  @Field(() => String, { nullable: true, description: 'A retry with the same key and input returns the first result.' })
  @IsOptional()
  @Length(1, 200)
  idempotencyKey?: string | null;
}
