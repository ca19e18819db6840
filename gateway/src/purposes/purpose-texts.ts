import { fileURLToPath } from 'node:url';
import type { Language } from '../common/language.js';
import { type LegalBasis, type MarketingChannel, type PurposeKey, purposeKeys } from './purpose-catalogue.js';
import { readPurposeTextFolder } from './purpose-text-files.js';

/**
 * What a person reads about one purpose, in one language. The wording follows the operator's
 * privacy policy; retention and phone numbers are the policy's own.
 */
export interface PurposeText {
  /** Short label for a switch, e.g. "Personalised TV advertising". */
  title: string;
  /** 1-3 sentences in the policy's own words: what data, what for, what changes when the person says no. */
  description: string;
  /** How long the data is kept, in plain words. */
  retention: string;
  /** How to withdraw or object (e.g. "Switch this off here at any time, or call 0800 55 800."). */
  howToWithdraw: string;
}

export interface PurposeTextVersion {
  version: number;
  /** ISO date. */
  publishedAt: string;
  texts: Record<Language, PurposeText>;
}

/** The texts are data (texts/*.yaml), written by the privacy office's editors and checked against their lock. */
export const purposeTextFolder = fileURLToPath(new URL('./texts/', import.meta.url));

export class PurposeTextsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The purpose texts in ${purposeTextFolder} cannot be used:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}

// A decision proves which text the person saw, so the gateway refuses to serve a folder whose
// published texts were edited or removed.
const folder = readPurposeTextFolder(purposeTextFolder);
if (folder.problems.length > 0) throw new PurposeTextsError(folder.problems);

/** Every version ever published, oldest first: past decisions point at the version they showed. */
export const purposeTextVersions: Record<PurposeKey, readonly PurposeTextVersion[]> = versionsByPurpose();

function versionsByPurpose(): Record<PurposeKey, PurposeTextVersion[]> {
  const byPurpose = {} as Record<PurposeKey, PurposeTextVersion[]>;
  for (const key of purposeKeys) byPurpose[key] = [];
  for (const { purpose, ...version } of folder.versions) byPurpose[purpose].push(version);
  return byPurpose;
}

/** The legal basis in plain words, for the person (e.g. en consent: "We only do this with your permission."). */
export const legalBasisTexts: Record<LegalBasis, Record<Language, string>> = folder.legalBasisTexts;

/** Labels of the marketing channels, as the policy names them. */
export const channelTexts: Record<MarketingChannel, Record<Language, string>> = folder.channelTexts;
