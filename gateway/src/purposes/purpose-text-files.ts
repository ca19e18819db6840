import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { parse } from 'yaml';
import { z } from 'zod';
import { valuesOf } from '../common/domain-list.js';
import { Language } from '../common/language.js';
import { LegalBasis, marketingChannels, purposeKeys } from './purpose-catalogue.js';

const words = z.string().trim().min(1);
// Records keyed by an enum are exhaustive in zod 4: a missing language is an error, as is an unknown one.
const inEveryLanguage = <T extends z.ZodType>(text: T) => z.record(z.enum(valuesOf(Language)), text);

const purposeTextFile = z.strictObject({
  purpose: z.enum(purposeKeys),
  version: z.int().positive(),
  publishedAt: z.iso.date(),
  texts: inEveryLanguage(z.strictObject({ title: words, description: words, retention: words, howToWithdraw: words })),
});
export type PurposeTextFile = z.infer<typeof purposeTextFile>;

const legalBasesFile = z.record(z.enum(valuesOf(LegalBasis)), inEveryLanguage(words));
const channelsFile = z.record(z.enum(marketingChannels), inEveryLanguage(words));

/** `purpose@version` → `sha256:…` of the canonical JSON of a published version: what a decision proves it showed. */
export type PublishedTexts = Record<string, string>;

export const lockFileName = 'texts.lock.json';
const versionFileName = /^(?<purpose>[a-z-]+)\.v(?<version>[1-9]\d*)\.yaml$/;

export function lockKey(text: Pick<PurposeTextFile, 'purpose' | 'version'>): string {
  return `${text.purpose}@${text.version}`;
}

export function publishedHash(text: PurposeTextFile): string {
  return `sha256:${createHash('sha256')
    .update(canonicalize(text) ?? '')
    .digest('hex')}`;
}

export interface PurposeTextFolder {
  versions: PurposeTextFile[];
  legalBasisTexts: z.infer<typeof legalBasesFile>;
  channelTexts: z.infer<typeof channelsFile>;
  lock: PublishedTexts;
  /** Everything wrong with the folder at once, each naming its file. */
  problems: string[];
}

function readYaml<T>(folder: string, file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  const parsed = schema.safeParse(parse(readFileSync(join(folder, file), 'utf8')));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  return undefined;
}

/** Reads and checks a folder of purpose texts: one YAML file per purpose version, the labels and the lock. */
export function readPurposeTextFolder(folder: string): PurposeTextFolder {
  const problems: string[] = [];
  const versions: PurposeTextFile[] = [];
  // Versions whose file is there but wrong: reported once, not again as missing.
  const unreadable = new Set<string>();
  for (const file of readdirSync(folder).sort()) {
    if (file === lockFileName || file === 'legal-bases.yaml' || file === 'channels.yaml') continue;
    const name = versionFileName.exec(file)?.groups;
    if (!name) {
      problems.push(`${file}: not a purpose text file name (expected <purpose>.v<version>.yaml)`);
      continue;
    }
    const text = readYaml(folder, file, purposeTextFile, problems);
    if (!text) {
      unreadable.add(`${name.purpose}@${name.version}`);
      continue;
    }
    if (text.purpose !== name.purpose || text.version !== Number(name.version)) {
      problems.push(`${file}: holds ${lockKey(text)}, which its file name does not say`);
      continue;
    }
    versions.push(text);
  }
  versions.sort((a, b) => a.purpose.localeCompare(b.purpose) || a.version - b.version);
  for (const purpose of purposeKeys) {
    const numbers = versions.filter((text) => text.purpose === purpose).map((text) => text.version);
    const wrongFile = [...unreadable].some((key) => key.startsWith(`${purpose}@`));
    if (numbers.length === 0 && !wrongFile) problems.push(`${purpose}: no text (expected ${purpose}.v1.yaml)`);
    numbers.forEach((number, index) => {
      if (number !== index + 1)
        problems.push(`${purpose}: versions must count 1, 2, 3… without gaps; found ${numbers}`);
    });
  }
  const legalBasisTexts = readYaml(folder, 'legal-bases.yaml', legalBasesFile, problems);
  const channelTexts = readYaml(folder, 'channels.yaml', channelsFile, problems);
  const lockPath = join(folder, lockFileName);
  const lock: PublishedTexts = existsSync(lockPath) ? JSON.parse(readFileSync(lockPath, 'utf8')) : {};
  problems.push(...publishedTextProblems(versions, lock, unreadable));
  return {
    versions,
    legalBasisTexts: legalBasisTexts as z.infer<typeof legalBasesFile>,
    channelTexts: channelTexts as z.infer<typeof channelsFile>,
    lock,
    problems,
  };
}

/** A published version is never edited and never removed; a new version is published by locking it. */
export function publishedTextProblems(
  versions: readonly PurposeTextFile[],
  lock: PublishedTexts,
  unreadable: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const present = new Set<string>();
  for (const text of versions) {
    const key = lockKey(text);
    present.add(key);
    const locked = lock[key];
    if (!locked) problems.push(`${key}: not published yet: run \`pnpm --filter ./gateway purposes:lock\``);
    else if (locked !== publishedHash(text))
      problems.push(`${key}: differs from its published text; a published text is never edited, write a new version`);
  }
  for (const key of Object.keys(lock)) {
    if (!present.has(key) && !unreadable.has(key))
      problems.push(`${key}: published, but its file is gone; a published text is never removed`);
  }
  return problems;
}
