import type { Dictionary, Language } from '../../i18n/dictionary.js';
import type { HistoryEvent } from './history-query.js';
import type { Receipt } from './receipt.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the gateway goes into HTML: every character that could open markup is escaped. */
function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function field(record: unknown, key: string): unknown {
  return record && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
}

/** Screen and paper: a plain page, black on white in print, no button, every row kept whole across pages. */
const styles = `
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font: 1rem/1.5 system-ui, sans-serif; color: #1f1d24; }
  h1 { font-size: 1.5rem; color: #5c2d91; }
  dl { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.5rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  code { font-size: 0.85rem; }
  button { min-width: 44px; min-height: 44px; padding: 0.5rem 1.25rem; font: inherit; color: #fff; background: #5c2d91; border: 0; border-radius: 0.5rem; }
  button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
  @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
  @media print {
    @page { margin: 2cm; }
    body { margin: 0; max-width: none; font: 11pt/1.4 Georgia, serif; color: #000; }
    h1 { color: #000; }
    .no-print { display: none; }
    dt, dd { break-inside: avoid; }
  }
`;

/** The readable receipt of one decision, in the person's language, as a standalone HTML page to print or keep. */
export function printableReceipt(
  receipt: Receipt,
  event: HistoryEvent,
  { texts, language, actor, subject }: { texts: Dictionary; language: Language; actor: string; subject: string },
): string {
  const t = texts.receipt;
  const purpose = field(receipt, 'purpose');
  const proof = field(receipt, 'proof');
  const controllers = (field(receipt, 'controllers') as unknown[] | undefined) ?? [];
  const basis = String(field(purpose, 'legalBasis'));
  const method = String(field(receipt, 'collectionMethod'));
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'medium' }).format(
    new Date(String(field(receipt, 'recordedAt'))),
  );
  const version = field(purpose, 'textVersion');
  const rows: [string, string][] = [
    [t.purpose, `${escapeHtml(field(purpose, 'title'))}${subject ? ` — ${escapeHtml(subject)}` : ''}`],
    [t.decision, escapeHtml(texts.history.decisions[event.decision])],
    [t.when, `<time datetime="${escapeHtml(field(receipt, 'recordedAt'))}">${escapeHtml(when)}</time>`],
    [t.who, escapeHtml(actor)],
    [t.collected, escapeHtml(t.collectionChannels[method as keyof typeof t.collectionChannels] ?? method)],
    [
      t.textShown,
      `${escapeHtml(field(purpose, 'description'))}${version ? ` <em>(${escapeHtml(texts.choice.textVersion(Number(version)))}, ${escapeHtml(field(purpose, 'language'))})</em>` : ''}`,
    ],
    [t.legalBasis, escapeHtml(t.legalBases[basis as keyof typeof t.legalBases] ?? basis)],
    [
      t.controllers,
      controllers
        .map((controller) => {
          const role = field(controller, 'role') ? ` (${t.jointController})` : '';
          return `${escapeHtml(field(controller, 'name'))}${escapeHtml(role)}`;
        })
        .join('<br />'),
    ],
    [t.retention, escapeHtml(field(receipt, 'retention'))],
    [t.withdraw, escapeHtml(field(receipt, 'howToWithdraw'))],
    [t.record, `<code>${escapeHtml(field(receipt, 'recordId'))}</code>`],
    [t.proof, `<code>${escapeHtml(field(proof, 'hash'))}</code>`],
  ];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(t.title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
<dl data-testid="receipt">
${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('\n')}
</dl>
<p class="no-print"><button type="button" onclick="print()">${escapeHtml(t.print)}</button></p>
</main>
</body>
</html>
`;
}
