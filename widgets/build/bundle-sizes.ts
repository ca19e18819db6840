import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { build, Rolldown } from 'vite';
import { type Language, languageOf, languages } from '../src/i18n/dictionary.js';

/** What one entry weighs for a host, each file gzipped on its own (as a server sends it). */
export interface EntrySize {
  /** The entry's own files, relative to its folder: what a host fetches before any language. */
  files: string[];
  /** Per language, the chunks of its dictionaries: fetched when an element shows that language. */
  languageFiles: Record<Language, string[]>;
  entryBytes: number;
  /** The heaviest language's chunks: what one language switch fetches at most. */
  languageBytes: number;
  /** What a host loads before its elements render: the entry's files and the heaviest language's chunks. */
  firstLoadBytes: number;
}

/** A dictionary module of one language (`src/i18n/nl.ts`, `src/office/i18n/nl.ts`): see `LazyDictionaries`. */
function dictionaryLanguage(chunk: Rolldown.OutputChunk): Language | undefined {
  const file = chunk.facadeModuleId?.match(/\/i18n\/([a-z]+)\.ts$/)?.[1];
  return chunk.isDynamicEntry ? languageOf(file) : undefined;
}

function chunksOf(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  const outputs = Array.isArray(output) ? output : 'output' in output ? [output] : [];
  return outputs.flatMap((each) => each.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk'));
}

/** `roots` and every chunk they import statically (a browser fetches those before running them). */
function withStaticImports(roots: string[], chunks: Map<string, Rolldown.OutputChunk>): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...found];
}

/**
 * Measures an entry built into `outDir`: `roots` are the files a host fetches first (the lib
 * entry; or the federation remote's entry and exposed chunks), the dictionaries' chunks are
 * told apart by their source module, whatever their hashed names.
 */
export async function measureEntry(
  outDir: string,
  output: Awaited<ReturnType<typeof build>>,
  roots: string[],
): Promise<EntrySize> {
  const chunks = new Map(chunksOf(output).map((chunk) => [chunk.fileName, chunk]));
  const languageChunks = [...chunks.values()].filter((chunk) => dictionaryLanguage(chunk));
  const files = withStaticImports(
    roots.filter((root) => !languageChunks.some((chunk) => chunk.fileName === root)),
    chunks,
  );
  const languageFiles = Object.fromEntries(
    languages.map((language) => {
      const own = languageChunks
        .filter((chunk) => dictionaryLanguage(chunk) === language)
        .map((chunk) => chunk.fileName);
      return [language, withStaticImports(own, chunks).filter((file) => !files.includes(file))];
    }),
  ) as Record<Language, string[]>;
  const gzipped = async (list: string[]) =>
    (
      await Promise.all(list.map(async (file) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length))
    ).reduce((sum, size) => sum + size, 0);
  const entryBytes = await gzipped(files);
  const languageBytes = Math.max(...(await Promise.all(languages.map((language) => gzipped(languageFiles[language])))));
  return { files, languageFiles, entryBytes, languageBytes, firstLoadBytes: entryBytes + languageBytes };
}
