import { belgianPhoneNumber } from '../identity/index.js';

/**
 * The form identifiers are compared in: E.164 for numbers ("0470 12 34 56" and "+32470123456"
 * are one number), lowercase for e-mail addresses, and for postal addresses lowercase words
 * without accents or punctuation ("Rue de la Loi 16, 1000 Bruxelles" = "rue de la loi 16 1000 bruxelles").
 */
export function normalizedNumber(input: string): string | null {
  return belgianPhoneNumber(input.trim());
}

export function normalizedEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

export function normalizedAddress(input: string): string | null {
  const address = input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return address.length >= 5 ? address : null;
}
