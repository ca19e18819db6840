import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../common/access.js';
import { personCaller, type RequestContext } from '../common/caller.js';
import { Language } from '../common/language.js';
import { CookieConsentInput } from './cookie-consent.inputs.js';
import type { CookieConsentService } from './cookie-consent.service.js';
import { CookieConsentView } from './cookie-consent.types.js';
import { CookieConsentDayView } from './cookie-statistics.js';
import type { VisitorLinkingService } from './visitor-linking.service.js';

const visitorIdArgument = { description: 'The random UUID in the visitor’s first-party cookie (px_visitor).' };

/** The cookie banner's three operations: open to anyone, the visitor id in the cookie is what proves the visitor. */
@Resolver()
export class CookieConsentResolver {
  constructor(
    private readonly consents: CookieConsentService,
    private readonly linking: VisitorLinkingService,
  ) {}

  @Authorized(Access.Anyone)
  @Mutation(() => CookieConsentView, {
    description:
      "A visitor's answer to the cookie banner (no sign-in): each changed category is a ledger event, propagated like any change.",
  })
  setCookieConsent(
    @Ctx() context: RequestContext,
    @Arg('input', () => CookieConsentInput, { description: 'The answer, every category at once.' })
    input: CookieConsentInput,
  ) {
    return this.consents.answer(input, {
      clientAddress: context.clientAddress,
      globalPrivacyControl: context.caller.kind !== 'system' && context.caller.globalPrivacyControl === true,
    });
  }

  @Authorized(Access.Anyone)
  @Query(() => CookieConsentView, {
    description: "A visitor's cookie choices with the category texts, and whether the banner must ask (again).",
  })
  cookieConsent(
    @Arg('visitorId', () => String, visitorIdArgument) visitorId: string,
    @Arg('lang', () => Language, { defaultValue: Language.nl, description: 'The language of the texts.' })
    lang: Language,
  ) {
    return this.consents.read(visitorId, lang);
  }

  @Authorized(Access.Anyone)
  @Query(() => GraphQLJSONObject, {
    description: 'The receipt of one of the visitor’s cookie choices (ISO/IEC TS 27560 record fields), as JSON.',
  })
  cookieConsentReceipt(
    @Arg('visitorId', () => String, visitorIdArgument) visitorId: string,
    @Arg('eventId', () => ID, { description: 'A category’s `lastEventId`.' }) eventId: string,
  ) {
    return this.consents.receipt(visitorId, eventId);
  }

  @Authorized(Access.Customer)
  @Mutation(() => CookieConsentView, {
    description:
      "Links this browser's cookie choices to the signed-in person (the banner calls it on sign-in); where the person's browsers disagree, the newest explicit choice wins.",
  })
  linkCookieConsent(
    @Ctx() context: RequestContext,
    @Arg('visitorId', () => String, visitorIdArgument) visitorId: string,
    @Arg('lang', () => Language, { defaultValue: Language.nl, description: 'The language of the texts.' })
    lang: Language,
  ) {
    return this.linking.link(personCaller(context), visitorId, lang);
  }

  @Authorized(Access.Customer)
  @Query(() => CookieConsentView, {
    nullable: true,
    description:
      "The signed-in person's cookie choices on the operator sites, from their linked browsers; null: none linked.",
  })
  myCookieConsent(
    @Ctx() context: RequestContext,
    @Arg('lang', () => Language, { nullable: true, description: "The language of the texts; omitted: the person's." })
    lang: Language | null,
  ) {
    const caller = personCaller(context);
    return this.linking.ofPerson(caller, lang ?? caller.language);
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => [CookieConsentDayView], {
    description:
      'How visitors answered the cookie banner, per site and day (UTC): accept, refuse, custom, per category.',
  })
  cookieConsentStatistics(
    @Arg('from', () => Date, { description: 'The first moment counted.' }) from: Date,
    @Arg('to', () => Date, { description: 'The end (excluded); at most 366 days after `from`.' }) to: Date,
    @Arg('site', () => String, { nullable: true, description: 'One site; omitted: every site.' }) site: string | null,
  ) {
    return this.consents.statistics({ from, to, site });
  }

  @Authorized(Access.DataProtectionOfficer)
  @Query(() => GraphQLJSONObject, {
    description: "The proof of one visitor's cookie answers, by the id in its cookie: its ledger events and answers.",
  })
  cookieConsentProof(@Arg('visitorId', () => String, visitorIdArgument) visitorId: string) {
    return this.consents.proof(visitorId);
  }
}
