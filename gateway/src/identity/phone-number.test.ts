import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { belgianPhoneNumber } from './phone-number.js';

/** What the parser itself answers: the rule the E.164 shortcut must agree with. */
function parsed(input: string): string | null {
  const number = parsePhoneNumberFromString(input, 'BE');
  return number?.isValid() && number.country === 'BE' ? number.number : null;
}

describe('belgianPhoneNumber', () => {
  it('answers as the parser does for E.164 numbers of every leading three digits and length', () => {
    const inputs: string[] = [];
    // Every national number start 100-999, lengths 7 to 10, a few different tails each.
    for (let start = 100; start <= 999; start++) {
      for (let length = 7; length <= 10; length++) {
        for (const tail of ['0000000', '1234567', '9876543', String((start * 7919) % 10_000_000).padStart(7, '0')]) {
          inputs.push(`+32${`${start}${tail}`.slice(0, length)}`);
        }
      }
    }
    const differing = inputs.filter((input) => belgianPhoneNumber(input) !== parsed(input));
    expect(differing).toEqual([]);
    // The sample holds both kinds, so agreement means something.
    expect(inputs.filter((input) => parsed(input) !== null).length).toBeGreaterThan(1000);
    expect(inputs.filter((input) => parsed(input) === null).length).toBeGreaterThan(1000);
  });

  it('still normalises the written forms people use', () => {
    expect(belgianPhoneNumber('0470 12 34 56')).toBe('+32470123456');
    expect(belgianPhoneNumber('+32 470 12 34 56')).toBe('+32470123456');
    expect(belgianPhoneNumber('0032470123456')).toBe('+32470123456');
    expect(belgianPhoneNumber('+320470123456')).toBe(parsed('+320470123456'));
    expect(belgianPhoneNumber('+33612345678')).toBeNull();
    expect(belgianPhoneNumber('not a number')).toBeNull();
  });
});
