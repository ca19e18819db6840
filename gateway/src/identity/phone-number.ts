import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

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
  const parsed = parsePhoneNumberFromString(input, 'BE');
  return parsed?.isValid() && parsed.country === 'BE' ? parsed.number : null;
}
