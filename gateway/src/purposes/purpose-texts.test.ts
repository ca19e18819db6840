import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPurposeTextFolder } from './purpose-text-files.js';
import { purposeTextFolder } from './purpose-texts.js';

const gatewayFolder = new URL('../../', import.meta.url).pathname;
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'purpose-texts-'));
  cpSync(purposeTextFolder, folder, { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function edit(file: string, change: (text: string) => string): void {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

async function lock(): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/lock-purpose-texts.ts', folder],
      { cwd: gatewayFolder },
    );
    return { ok: true, output: stdout };
  } catch (failure) {
    return { ok: false, output: String((failure as { stderr: string }).stderr) };
  }
}

describe('the purpose texts as data', () => {
  it('ships every purpose in four languages, each version published in the lock', () => {
    expect(readPurposeTextFolder(purposeTextFolder).problems).toEqual([]);
  });

  it('refuses a published text that was edited, even by one word', () => {
    edit('location-reporting.v1.yaml', (text) => text.replace('title: ', 'title: New '));
    expect(readPurposeTextFolder(folder).problems).toEqual([
      'location-reporting@1: differs from its published text; a published text is never edited, write a new version',
    ]);
  });

  it('refuses a published version whose file was removed', () => {
    rmSync(join(folder, 'testimonials.v1.yaml'));
    expect(readPurposeTextFolder(folder).problems).toEqual([
      'testimonials: no text (expected testimonials.v1.yaml)',
      'testimonials@1: published, but its file is gone; a published text is never removed',
    ]);
  });

  it('names the file and the field of a text that is incomplete or unknown', () => {
    edit('group-sharing.v1.yaml', (text) => text.replace(/\n {2}de:\n(?: {4}.*\n|(?: {6}.*\n))+/, '\n'));
    edit('tv-recommendations.v1.yaml', (text) => text.replace(/title: .*/, 'title: ""'));
    edit('channels.yaml', (text) => text.replace('phone:\n', 'phone:\n  es: Teléfono\n'));
    writeFileSync(join(folder, 'notes.txt'), 'scratch');
    expect(readPurposeTextFolder(folder).problems).toEqual([
      'group-sharing.v1.yaml: texts.de: Invalid input: expected object, received undefined',
      'notes.txt: not a purpose text file name (expected <purpose>.v<version>.yaml)',
      'tv-recommendations.v1.yaml: texts.en.title: Too small: expected string to have >=1 characters',
      'channels.yaml: phone: Unrecognized key: "es"',
    ]);
  });

  it('publishes new wording as the next version and refuses to re-lock an edited one', async () => {
    const next = readFileSync(join(folder, 'directory-listing.v1.yaml'), 'utf8')
      .replace('version: 1', 'version: 2')
      .replace('publishedAt: 2026-11-01', 'publishedAt: 2026-12-02');
    writeFileSync(join(folder, 'directory-listing.v3.yaml'), next.replace('version: 2', 'version: 3'));
    expect(readPurposeTextFolder(folder).problems).toContain(
      'directory-listing: versions must count 1, 2, 3… without gaps; found 1,3',
    );
    rmSync(join(folder, 'directory-listing.v3.yaml'));
    writeFileSync(join(folder, 'directory-listing.v2.yaml'), next);
    expect(readPurposeTextFolder(folder).problems).toEqual([
      'directory-listing@2: not published yet: run `pnpm --filter ./gateway purposes:lock`',
    ]);

    expect(await lock()).toEqual({ ok: true, output: 'Published directory-listing@2.\n' });
    expect(readPurposeTextFolder(folder).problems).toEqual([]);

    edit('directory-listing.v2.yaml', (text) => text.replace('title: ', 'title: Edited '));
    const refused = await lock();
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('directory-listing@2: differs from its published text');
  });
});
