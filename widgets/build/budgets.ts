import type { EntrySize } from './bundle-sizes.js';

/** The bundle-size budget of one entry, in gzipped bytes; `pnpm build:widgets` fails above either. */
export interface Budget {
  /** Said in the build's output. */
  title: string;
  /** What a host loads before its elements render: the entry's files and the heaviest language's dictionaries. */
  firstLoadBytes: number;
  /** The heaviest language's dictionary chunks alone: what a language switch fetches. */
  languageBytes: number;
}

/**
 * Every entry a host can load, and its budget (measured on 2026-12-02, after the dictionaries
 * became one chunk per language: see widgets/README.md for the figures).
 */
export const budgets = {
  // Issue 7: every person widget, Lit included. Measured 38.8 kB (minified): 31.3 kB and the heaviest language, 7.4 kB.
  module: { title: 'Person widgets, plain ES module', firstLoadBytes: 45_000, languageBytes: 9_000 },
  // Decision 24: the staff screens and the sign-in. Measured 41.9 kB: 30.2 kB and a language's two
  // dictionaries (the person widgets' and the staff screens'), 11.6 kB. It was 40 kB until the queue
  // followed changes live: graphql-ws (3.4 kB) came in with it, on purpose.
  office: { title: 'Staff screens, plain ES module', firstLoadBytes: 45_000, languageBytes: 13_000 },
  // remoteEntry (6.4 kB), the federation runtime (18.8 kB, which the plain module does not carry)
  // and the elements (31.2 kB, minified here), each file gzipped apart. Measured 65.0 kB (57.5 kB
  // and 7.4 kB); 70 kB leaves room for a small feature, not for a second copy of the runtime.
  federation: { title: 'Person widgets, federation remote', firstLoadBytes: 70_000, languageBytes: 9_000 },
  // Issue 17: the banner every visitor of every page loads, Lit and its four languages inside (no
  // chunk of its own per language: 2 kB of texts do not pay for a second request). Fides fails its
  // build above 53 kB; ours must stay at 15 kB.
  cookie: { title: 'Cookie banner, plain ES module', firstLoadBytes: 15_000, languageBytes: 0 },
} satisfies Record<string, Budget>;

export type EntryName = keyof typeof budgets;

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** One line per entry: its sizes and budgets, and what is over. */
export function budgetReport(sizes: Partial<Record<EntryName, EntrySize>>): { lines: string[]; over: string[] } {
  const lines: string[] = [];
  const over: string[] = [];
  for (const [name, budget] of Object.entries(budgets) as [EntryName, Budget][]) {
    const size = sizes[name];
    if (!size) continue;
    lines.push(
      `${budget.title}: ${kilobytes(size.firstLoadBytes)} gzip on first load (budget ${kilobytes(budget.firstLoadBytes)}) = ` +
        `${kilobytes(size.entryBytes)} entry + ${kilobytes(size.languageBytes)} heaviest language (budget ${kilobytes(budget.languageBytes)})`,
    );
    if (size.firstLoadBytes > budget.firstLoadBytes)
      over.push(`${budget.title}: first load over by ${kilobytes(size.firstLoadBytes - budget.firstLoadBytes)}`);
    if (size.languageBytes > budget.languageBytes)
      over.push(`${budget.title}: a language over by ${kilobytes(size.languageBytes - budget.languageBytes)}`);
  }
  return { lines, over };
}
