import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The E.164 form of a Belgian mobile number ("0470 12 34 56", "+32 470 12 34 56"), or null when
 * the input is not one: sign-in codes go only to Belgian mobiles (login-with-sms-code.txt).
 */
export function belgianMobileNumber(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input, 'BE');
  if (!parsed?.isValid() || parsed.country !== 'BE' || parsed.getType() !== 'MOBILE') return null;
  return parsed.number;
}

/** "+32470000001" becomes "+32 470 ** ** 01": enough to recognise one's own number, not to learn another's. */
export function maskPhoneNumber(e164: string): string {
  const country = e164.slice(0, 3);
  const prefix = e164.slice(3, 6);
  const last = e164.slice(-2);
  return `${country} ${prefix} ** ** ${last}`;
}

/** The E.164 form of any Belgian number, mobile or landline, or null. */
export function belgianPhoneNumber(input: string): string | null {
  // Campaign files and registers hold a million numbers, nearly all already in E.164: those are
  // checked with the same rules compiled once (phone-number.test.ts compares both ways).
  if (belgianE164.test(input)) return isValidBelgianNationalNumber(input.slice(3)) ? input : null;
  const parsed = parsePhoneNumberFromString(input, 'BE');
  return parsed?.isValid() && parsed.country === 'BE' ? parsed.number : null;
}

/** "+32" then a national number with no national prefix: nothing for the parser to strip or transform. */
const belgianE164 = /^\+32[1-9]\d{7,8}$/;

/** The parts of libphonenumber-js' numbering plan its own validation reads (not in its typings). */
interface NumberingPlanRules {
  nationalNumberPattern(): string;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

// The number types libphonenumber-js' `isValid()` accepts (its getNumberType), fixed lines first.
const numberTypes = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/**
 * What `isValid()` checks for a Belgian national number, from the library's own metadata, with
 * each pattern compiled once instead of for every call.
 */
function belgianRules(): (national: string) => boolean {
  const metadata = new Metadata();
  metadata.selectNumberingPlan('BE');
  const plan = metadata.numberingPlan as unknown as NumberingPlanRules;
  const whole = new RegExp(`^(?:${plan.nationalNumberPattern()})$`);
  const types = numberTypes.flatMap((name) => {
    const type = plan.type(name);
    const pattern = type?.pattern();
    return pattern ? [{ pattern: new RegExp(`^(?:${pattern})$`), lengths: type?.possibleLengths() }] : [];
  });
  return (national) =>
    whole.test(national) &&
    types.some(({ pattern, lengths }) => (!lengths || lengths.includes(national.length)) && pattern.test(national));
}

const isValidBelgianNationalNumber = belgianRules();
