import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { OfficeReportDocument, type OfficeReportQuery } from '../../graphql/generated.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeTables } from '../../office/office-styles.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { type Bar, barChart } from './bar-chart.js';
import { officeReportStyles } from './px-office-report.styles.js';

type ReportRow = OfficeReportQuery['requestReport'][number];
type CookieDay = OfficeReportQuery['cookieConsentStatistics'][number];

/** The cookie answers counted: the last 30 days (UTC), today included. */
const cookieDays = 30;
const dayMs = 86_400_000;
/** How a visitor answered, in the order of the chart's parts. */
const cookieMethods = ['acceptedAll', 'custom', 'refusedAll'] as const;
const cookieColumns = [
  ...cookieMethods,
  'globalPrivacyControl',
  'preferencesAllowed',
  'statisticsAllowed',
  'marketingAllowed',
] as const;

/** The days of one site added up. */
function bySite(days: CookieDay[]): CookieDay[] {
  const sites = new Map<string, CookieDay>();
  for (const day of days) {
    const total = sites.get(day.site);
    if (total) for (const column of cookieColumns) total[column] += day[column];
    else sites.set(day.site, { ...day, id: day.site, day: '' });
  }
  return [...sites.values()].sort((a, b) => a.site.localeCompare(b.site));
}

/** The statuses in the order a request goes through them; each has its colour in the charts. */
const statusOrder = ['awaiting-identity', 'in-progress', 'awaiting-information', 'completed', 'rejected'];

/** `in-progress` → `IN_PROGRESS`: the report's keys are the gateway's own, the dictionary's the enum's. */
function enumKey(key: string): string {
  return key.toUpperCase().replaceAll('-', '_');
}

/**
 * @tag px-office-report
 * @summary For the data protection office: requests by type and status, the overdue ones, the median time to answer, the propagation lag per downstream system, and how visitors answered the cookie banner per site and day (last 30 days), as charts (SVG drawn by hand) with their figures in tables.
 *
 * @csspart base - The wrapper of everything.
 * @csspart chart - Each chart.
 * @csspart figures - Each table of figures.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-chart-1 - The first colour of the charts (default: the brand colour); `--px-chart-2` to `--px-chart-5` the others.
 * @cssproperty --px-color-border - Table lines.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxOfficeReport extends OfficeElement {
  static override styles = [tokens, controls, officeTables, officeReportStyles];

  readonly report = new QueryController<OfficeReportQuery>(this, {
    load: ({ client, signal }) => {
      const today = new Date();
      today.setUTCHours(0, 0, 0, 0);
      const from = new Date(today.getTime() - (cookieDays - 1) * dayMs);
      const to = new Date(today.getTime() + dayMs);
      return client.request(
        OfficeReportDocument,
        { cookiesFrom: from.toISOString(), cookiesTo: to.toISOString() },
        signal,
      );
    },
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
  });

  override render(): TemplateResult {
    const texts = this.officeTexts.report;
    return html`<div part="base">
      <h2>${texts.title}</h2>
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.report,
        this.texts,
        (report) => html`${this.#renderRequests(report.requestReport)}${this.#renderAnswering(report.requestReport)}
          ${this.#renderLag(report)}${this.#renderCookies(report.cookieConsentStatistics)}
          <button class="link" type="button" @click=${() => void this.report.reload()}>${texts.refresh}</button>`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #typeName(type: string): string {
    const types: Record<string, string> = this.officeTexts.types;
    return types[enumKey(type)] ?? type;
  }

  #statusName(status: string): string {
    const statuses: Record<string, string> = this.officeTexts.statuses;
    return statuses[enumKey(status)] ?? status;
  }

  #renderRequests(rows: ReportRow[]): TemplateResult {
    const texts = this.officeTexts.report;
    if (rows.length === 0) return html`<h3>${texts.requests}</h3><p class="muted">${texts.noRequests}</p>`;
    const types = [...new Set(rows.map((row) => row.type))];
    const statuses = [
      ...statusOrder.filter((status) => rows.some((row) => row.status === status)),
      ...new Set(rows.map((row) => row.status).filter((status) => !statusOrder.includes(status))),
    ];
    const bars = (value: (row: ReportRow) => number): Bar[] =>
      types.map((type) => ({
        key: type,
        label: this.#typeName(type),
        parts: rows.filter((row) => row.type === type).map((row) => ({ key: row.status, value: value(row) })),
      }));
    return html`<h3 id="requests-chart">${texts.requests}</h3>
      <ul class="legend">${statuses.map(
        (status, index) => html`<li><span class="swatch part-${index + 1}"></span>${this.#statusName(status)}</li>`,
      )}</ul>
      <div part="chart" data-testid="requests-chart">${barChart(
        bars((row) => row.count),
        { labelledBy: 'requests-chart', partKeys: statuses, format: String },
      )}</div>
      <h3 id="overdue-chart">${texts.overdue}</h3>
      <div part="chart" data-testid="overdue-chart">${barChart(
        bars((row) => row.overdue),
        { labelledBy: 'overdue-chart', partKeys: statuses, format: String },
      )}</div>
      <div class="scroll"><table part="figures" data-testid="request-figures">
        <caption>${texts.requestFigures}</caption>
        <thead><tr><th scope="col">${texts.type}</th><th scope="col">${texts.status}</th><th scope="col">${texts.count}</th>
          <th scope="col">${texts.overdueCount}</th><th scope="col">${texts.median}</th></tr></thead>
        <tbody>${rows.map(
          (row) => html`<tr data-type=${row.type} data-status=${row.status}>
            <th scope="row">${this.#typeName(row.type)}</th><td>${this.#statusName(row.status)}</td><td>${row.count}</td>
            <td>${row.overdue}</td><td>${row.medianHoursToAnswer === null ? '—' : texts.hours(row.medianHoursToAnswer)}</td></tr>`,
        )}</tbody>
      </table></div>`;
  }

  #renderAnswering(rows: ReportRow[]): TemplateResult {
    const texts = this.officeTexts.report;
    const answered = rows.filter((row) => row.medianHoursToAnswer !== null);
    const bars = answered.map((row) => ({
      key: `${row.type}/${row.status}`,
      label: `${this.#typeName(row.type)}, ${this.#statusName(row.status).toLowerCase()}`,
      parts: [{ key: 'median', value: row.medianHoursToAnswer ?? 0 }],
    }));
    return html`<h3 id="answer-chart">${texts.answering}</h3>
      ${
        bars.length === 0
          ? html`<p class="muted">${texts.noAnswers}</p>`
          : html`<div part="chart" data-testid="answer-chart">${barChart(bars, {
              labelledBy: 'answer-chart',
              partKeys: ['median'],
              format: texts.hours,
            })}</div>`
      }`;
  }

  #renderLag(report: OfficeReportQuery): TemplateResult {
    const texts = this.officeTexts.report;
    const names = new Map(report.downstreamSystems.map((system) => [system.key, system.name]));
    const bars = report.propagationLag.map((lag) => ({
      key: lag.systemKey,
      label: names.get(lag.systemKey) ?? lag.systemKey,
      parts: [{ key: 'lag', value: lag.p99LagMsLastHour ?? 0 }],
    }));
    return html`<h3 id="lag-chart">${texts.lag}</h3>
      ${
        bars.length === 0
          ? html`<p class="muted">${texts.noSystems}</p>`
          : html`<div part="chart" data-testid="lag-chart">${barChart(bars, { labelledBy: 'lag-chart', partKeys: ['lag'], format: texts.milliseconds })}</div>
            <div class="scroll"><table part="figures" data-testid="lag-figures">
              <caption>${texts.lagFigures}</caption>
              <thead><tr><th scope="col">${texts.system}</th><th scope="col">${texts.p99}</th>
                <th scope="col">${texts.unacknowledged}</th><th scope="col">${texts.failed}</th></tr></thead>
              <tbody>${report.propagationLag.map(
                (
                  lag,
                ) => html`<tr data-system=${lag.systemKey}><th scope="row">${names.get(lag.systemKey) ?? lag.systemKey}</th>
                  <td>${lag.p99LagMsLastHour === null ? '—' : texts.milliseconds(lag.p99LagMsLastHour)}</td>
                  <td>${lag.unacknowledged}</td><td>${lag.failed}</td></tr>`,
              )}</tbody>
            </table></div>`
      }`;
  }

  #renderCookies(days: CookieDay[]): TemplateResult {
    const texts = this.officeTexts.report;
    if (days.length === 0) return html`<h3>${texts.cookies}</h3><p class="muted">${texts.noCookies}</p>`;
    const sites = bySite(days);
    const bars = sites.map((site) => ({
      key: site.site,
      label: site.site,
      parts: cookieMethods.map((method) => ({ key: method, value: site[method] })),
    }));
    const figures = (
      rows: CookieDay[],
      caption: string,
      testId: string,
      heading: string,
      label: (row: CookieDay) => string,
    ) =>
      html`<div class="scroll"><table part="figures" data-testid=${testId}>
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${heading}</th>${cookieColumns.map(
          (column) => html`<th scope="col">${texts.cookieColumns[column]}</th>`,
        )}</tr></thead>
        <tbody>${rows.map(
          (row) =>
            html`<tr data-site=${row.site} data-day=${row.day}><th scope="row">${label(row)}</th>${cookieColumns.map(
              (column) => html`<td data-column=${column}>${row[column]}</td>`,
            )}</tr>`,
        )}</tbody>
      </table></div>`;
    return html`<h3 id="cookie-chart">${texts.cookies}</h3>
      <ul class="legend">${cookieMethods.map(
        (method, index) => html`<li><span class="swatch part-${index + 1}"></span>${texts.cookieColumns[method]}</li>`,
      )}</ul>
      <div part="chart" data-testid="cookie-chart">${barChart(bars, {
        labelledBy: 'cookie-chart',
        partKeys: [...cookieMethods],
        format: String,
      })}</div>
      ${figures(sites, texts.cookieFigures, 'cookie-figures', texts.site, (row) => row.site)}
      <details><summary>${texts.cookieDays}</summary>
        ${figures(days, texts.cookieDays, 'cookie-days', texts.daySite, (row) => `${row.day}, ${row.site}`)}
      </details>`;
  }
}

defineElement('px-office-report', PxOfficeReport);
