import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import {
  OfficeCampaignCheckDocument,
  type OfficeCampaignCheckQuery,
  OfficeRegisterImportsDocument,
  type OfficeRegisterImportsQuery,
} from '../../graphql/generated.js';
import { OfficeElement } from '../../office/office-element.js';
import { officeControls, officeTables } from '../../office/office-styles.js';
import { uploadFile } from '../../office/upload-file.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { renderCampaignCheck } from './campaign-check-view.js';
import { registerImportsStyles } from './px-register-imports.styles.js';
import { renderImports } from './register-imports-view.js';

/** How often an import or a check in progress is read again. */
const progressEveryMs = 1000;
const registers = ['do-not-call-me', 'robinson'] as const;
const channels = ['phone', 'sms', 'email', 'post', 'web-popup'] as const;

/**
 * @tag px-register-imports
 * @summary For the data protection office: a Do Not Call Me or Robinson register file uploaded with the upload's progress, then the import's; the same file again answered as unchanged; the imports so far; a campaign file checked for one channel, with the lines that may not be used and why.
 *
 * @csspart base - The wrapper of everything.
 * @csspart upload - The form that uploads a register file.
 * @csspart upload-progress - The share of the file sent.
 * @csspart imports - The table of imports.
 * @csspart campaign - The form that checks a campaign file.
 * @csspart check - Where the campaign check stands, with its denials.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings, buttons and progress bars.
 * @cssproperty --px-color-border - Lines around the forms and in tables.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxRegisterImports extends OfficeElement {
  static override properties = {
    ...OfficeElement.properties,
    sent: { state: true },
    checkId: { state: true },
  };
  static override styles = [tokens, controls, officeControls, officeTables, registerImportsStyles];

  /** @internal The share of the register file sent so far; undefined before the first upload. */
  declare private sent: number | undefined;
  /** @internal The campaign check last started from this screen. */
  declare private checkId: string;
  #announcedCheck = '';

  readonly imports = new QueryController<OfficeRegisterImportsQuery>(this, {
    load: ({ client, signal }) => client.request(OfficeRegisterImportsDocument, {}, signal),
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
    refresh: {
      everyMs: progressEveryMs,
      while: (value) => value.registerImports.edges.some((edge) => edge.node.status === 'running'),
    },
  });

  readonly check = new QueryController<OfficeCampaignCheckQuery | null>(this, {
    load: ({ client, signal }) =>
      this.checkId ? client.request(OfficeCampaignCheckDocument, { id: this.checkId }, signal) : Promise.resolve(null),
    perLanguage: false,
    explain: (error) => this.explainOffice(error),
    refresh: { everyMs: progressEveryMs, while: (value) => value?.campaignCheck.status === 'running' },
    shown: (value) => {
      const check = value?.campaignCheck;
      // Said once per check, when it ends: at the first read for a small file, after some polls for a large one.
      if (!check || check.status === 'running' || check.id === this.#announcedCheck) return;
      this.#announcedCheck = check.id;
      const texts = this.officeTexts.registers;
      this.announce(
        check.status === 'done' ? texts.checked(check.total, check.denied) : texts.checkFailed(check.error ?? ''),
      );
    },
  });

  constructor() {
    super();
    this.sent = undefined;
    this.checkId = '';
  }

  override render(): TemplateResult {
    const texts = this.officeTexts.registers;
    const moment = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<div part="base">
      <h2>${texts.title}</h2>
      ${this.renderLiveRegion()}
      ${renderQuery(
        this.imports,
        this.texts,
        (value) => html`${this.#renderUpload()}
          ${renderImports(
            value.registerImports.edges.map((edge) => edge.node),
            texts,
            moment,
          )}
          ${this.#renderCampaign()}`,
        html`<p class="muted">${this.officeTexts.signInAsStaff}</p>`,
      )}
    </div>`;
  }

  #renderUpload(): TemplateResult {
    const texts = this.officeTexts.registers;
    return html`<form part="upload" aria-labelledby="upload-title" @submit=${this.#upload}>
      <h3 id="upload-title">${texts.importTitle}</h3>
      <label for="register">${texts.register}</label>
      <select id="register" name="register">${registers.map((key) => html`<option value=${key}>${texts.names[key]}</option>`)}</select>
      <label for="register-file">${texts.file}</label>
      <input id="register-file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" required />
      ${
        this.sent === undefined
          ? nothing
          : html`<p><label for="upload-progress">${texts.uploading}</label>
              <progress part="upload-progress" id="upload-progress" data-testid="upload-progress" max="100" value=${Math.round(this.sent * 100)}></progress>
              ${Math.round(this.sent * 100)} %</p>`
      }
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.upload}</button>
    </form>`;
  }

  #renderCampaign(): TemplateResult {
    const texts = this.officeTexts.registers;
    return html`<form part="campaign" aria-labelledby="campaign-title" @submit=${this.#check}>
        <h3 id="campaign-title">${texts.checkTitle}</h3>
        <label for="channel">${texts.channel}</label>
        <select id="channel" name="channel">${channels.map((key) => html`<option value=${key}>${texts.channels[key]}</option>`)}</select>
        <label for="campaign-file">${texts.checkFile}</label>
        <input id="campaign-file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" required />
        <button class="action" type="submit" ?disabled=${this.busy}>${texts.check}</button>
      </form>
      ${renderQuery(this.check, this.texts, (value) => (value ? renderCampaignCheck(value, texts) : html``))}`;
  }

  #upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const register = String(data.get('register'));
    const file = data.get('file');
    return this.act(async () => {
      if (!(file instanceof File)) return;
      this.sent = 0;
      const answer = await this.#send(`/registers/${register}`, 'PUT', file, (sent) => {
        this.sent = sent;
      });
      const name = this.officeTexts.registers.names[register] ?? register;
      await this.imports.reload();
      this.announce(
        answer.status === 'unchanged'
          ? this.officeTexts.registers.unchanged(name)
          : this.officeTexts.registers.uploaded(name),
      );
      form.reset();
    });
  }

  #check(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const file = data.get('file');
    return this.act(async () => {
      if (!(file instanceof File)) return;
      const channel = encodeURIComponent(String(data.get('channel')));
      const answer = await this.#send(`/campaign-checks?channel=${channel}`, 'POST', file, () => {});
      this.checkId = String(answer.id);
      await this.check.reload();
      form.reset();
    });
  }

  #send(path: string, method: 'PUT' | 'POST', file: File, progress: (sent: number) => void) {
    return uploadFile({ gatewayUrl: this.gatewayUrl, path, method, token: this.session.token ?? '' }, file, progress);
  }
}

defineElement('px-register-imports', PxRegisterImports);
