import { html, nothing, type TemplateResult } from 'lit';
import type { Dictionary } from '../i18n/dictionary.js';

/** One category of `dataAccessOverview`, as far as the widget reads it (the gateway's JSON). */
interface OverviewCategory {
  category: string;
  title: string;
  held: unknown;
  purposes: { key: string; legalBasis?: string }[];
  origin: string;
  retention: string;
  recipients: string[];
}

type LegalBasisKey = keyof Dictionary['rightsAnswers']['legalBases'];

/** The categories of the overview; anything not shaped as the gateway sends it is left out. */
export function categoriesOf(overview: unknown): OverviewCategory[] {
  const categories = (overview as { categories?: unknown } | null)?.categories;
  if (!Array.isArray(categories)) return [];
  return categories.filter(
    (category): category is OverviewCategory =>
      typeof category === 'object' && category !== null && typeof category.title === 'string',
  );
}

type FieldLabels = Dictionary['rightsAnswers']['overview']['fields'];

/** A field's label in the element's language; one the widget does not know yet, as the gateway names it. */
function labelOf(key: string, labels: FieldLabels): string {
  return key in labels ? labels[key as keyof FieldLabels] : key;
}

/** A value the operator holds, as nested lists: a name, a list of lines (one item each), a count. */
function renderHeld(value: unknown, labels: FieldLabels, depth = 0): TemplateResult | string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value !== 'object') return String(value);
  if (depth > 2) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return html`<ul class="held">
      ${value.map((item) => html`<li>${renderHeld(item, labels, depth + 1)}</li>`)}
    </ul>`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '–';
  return html`<ul class="held">
    ${entries.map(
      ([key, item]) =>
        html`<li><span class="muted">${labelOf(key, labels)}</span>: ${renderHeld(item, labels, depth + 1)}</li>`,
    )}
  </ul>`;
}

/**
 * The access overview (GDPR Art. 15) by category: what is held, why (the purposes by their
 * titles in the element's language, and the legal basis), where it comes from, how long it is
 * kept and who receives it. The category texts are the gateway's.
 */
export function renderAccessOverview(
  overview: unknown,
  texts: Dictionary,
  purposeTitle: (key: string) => string,
): TemplateResult {
  const words = texts.rightsAnswers.overview;
  const basis = (legalBasis: string | undefined) => {
    const key = legalBasis?.toUpperCase().replaceAll('-', '_') as LegalBasisKey | undefined;
    return key && key in texts.rightsAnswers.legalBases ? texts.rightsAnswers.legalBases[key] : (legalBasis ?? '');
  };
  return html`<section class="overview" data-testid="overview" aria-labelledby="overview-title">
    <h4 id="overview-title">${words.title}</h4>
    ${categoriesOf(overview).map(
      (category) => html`<section class="category" data-category=${category.category}>
        <h5>${category.title}</h5>
        <dl>
          <dt>${words.held}</dt>
          <dd>${renderHeld(category.held, words.fields)}</dd>
          <dt>${words.why}</dt>
          <dd>${category.purposes.map((purpose) => `${purposeTitle(purpose.key)} (${basis(purpose.legalBasis)})`).join('; ')}</dd>
          <dt>${words.origin}</dt>
          <dd>${category.origin}</dd>
          <dt>${words.retention}</dt>
          <dd>${category.retention}</dd>
          <dt>${words.recipients}</dt>
          <dd>${category.recipients.length > 0 ? category.recipients.join(', ') : words.none}</dd>
        </dl>
      </section>`,
    )}
    ${nothing}
  </section>`;
}
