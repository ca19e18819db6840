import { html, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { explain } from '../../graphql/gateway-error.js';
import {
  CompletePasskeyRegistrationDocument,
  MyPasskeysDocument,
  type PasskeyItemFragment,
  RenamePasskeyDocument,
  RevokePasskeyDocument,
  StartPasskeyRegistrationDocument,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { createPasskey, passkeyCancelled, passkeysSupported } from '../../passkeys/webauthn.js';
import { PxElement } from '../../px-element.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { controls, tokens } from '../../styles/tokens.js';
import { passkeysStyles } from './px-passkeys.styles.js';

/**
 * @tag px-passkeys
 * @summary The signed-in person's passkeys: add one (after signing in by SMS code), name it, see when it was last used, remove it.
 *
 * @csspart base - The wrapper of everything.
 * @csspart passkey - Each passkey in the list.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-border - The lines between passkeys.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxPasskeys extends PxElement {
  static override properties = {
    ...PxElement.properties,
    busy: { state: true },
    renaming: { state: true },
  };
  static override styles = [tokens, controls, passkeysStyles];

  /** @internal */
  declare private busy: boolean;
  /** @internal The passkey whose rename form is open. */
  declare private renaming: string;
  #focusNext = '';
  readonly passkeys = new QueryController<PasskeyItemFragment[]>(this, {
    perLanguage: false,
    load: async ({ client, signal }) => (await client.request(MyPasskeysDocument, {}, signal)).passkeys,
  });

  constructor() {
    super();
    this.busy = false;
    this.renaming = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = '';
  }

  override render(): TemplateResult {
    const texts = this.texts.passkeys;
    return html`<section part="base" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">${texts.title}</h2>
      <p>${texts.intro}</p>
      ${renderQuery(this.passkeys, this.texts, (passkeys) => html`${this.#renderAdd()}${this.#renderList(passkeys)}`)}
      ${this.renderLiveRegion()}
    </section>`;
  }

  #renderAdd(): TemplateResult {
    const texts = this.texts.passkeys;
    if (!passkeysSupported()) return html`<p class="muted">${texts.unsupported}</p>`;
    return html`<form @submit=${this.#add}>
      <label for="new-name">${texts.nameLabel}</label>
      <input id="new-name" name="name" maxlength="64" autocomplete="off" />
      <button class="action" type="submit" id="add-passkey" ?disabled=${this.busy}>${texts.add}</button>
    </form>`;
  }

  #renderList(passkeys: PasskeyItemFragment[]): TemplateResult {
    const texts = this.texts.passkeys;
    if (passkeys.length === 0) return html`<p class="muted" data-testid="no-passkeys">${texts.none}</p>`;
    return html`<ul data-testid="passkeys">${passkeys.map((passkey) => this.#renderPasskey(passkey))}</ul>`;
  }

  #renderPasskey(passkey: PasskeyItemFragment): TemplateResult {
    const texts = this.texts.passkeys;
    const used = passkey.lastUsedAt ? texts.lastUsed(this.#date(passkey.lastUsedAt)) : texts.neverUsed;
    const facts = [texts.addedOn(this.#date(passkey.createdAt)), used, ...(passkey.synced ? [texts.synced] : [])];
    return html`<li part="passkey" data-passkey=${passkey.id}>
      <p><strong>${passkey.name}</strong></p>
      <p class="muted">${facts.join(', ')}</p>
      ${
        this.renaming === passkey.id
          ? this.#renderRename(passkey)
          : html`<div class="row">
            <button class="link" type="button" data-rename=${passkey.id} aria-label=${texts.renameOf(passkey.name)}
              @click=${() => this.#openRename(passkey.id)}>${texts.rename}</button>
            <button class="link" type="button" data-remove=${passkey.id} aria-label=${texts.removeOf(passkey.name)}
              ?disabled=${this.busy} @click=${() => void this.#remove(passkey)}>${texts.remove}</button>
          </div>`
      }
    </li>`;
  }

  #renderRename(passkey: PasskeyItemFragment): TemplateResult {
    const texts = this.texts.passkeys;
    return html`<form class="row" @submit=${(event: SubmitEvent) => void this.#rename(event, passkey)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.#closeRename(passkey.id);
      }}>
      <label for="rename-${passkey.id}">${texts.renameLabel(passkey.name)}</label>
      <input id="rename-${passkey.id}" name="name" maxlength="64" required .value=${passkey.name} />
      <button class="action" type="submit" ?disabled=${this.busy}>${texts.save}</button>
      <button class="link" type="button" @click=${() => this.#closeRename(passkey.id)}>${texts.cancel}</button>
    </form>`;
  }

  #date(iso: string): string {
    return new Intl.DateTimeFormat(this.language, { dateStyle: 'medium' }).format(new Date(iso));
  }

  #client(): GraphQLClient {
    return new GraphQLClient(this.gatewayUrl, this.session.token);
  }

  /** Runs one change with the buttons disabled; a refusal is announced in the person's language. */
  async #change(run: (client: GraphQLClient) => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await run(this.#client());
    } catch (error) {
      if (passkeyCancelled(error)) this.announce(this.texts.passkeys.cancelled);
      else this.announce(explain(error, this.texts), 'error');
    } finally {
      this.busy = false;
    }
  }

  #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    return this.#change(async (client) => {
      const { startPasskeyRegistration } = await client.request(StartPasskeyRegistrationDocument, {});
      const credential = await createPasskey(startPasskeyRegistration.options);
      const { completePasskeyRegistration: added } = await client.request(CompletePasskeyRegistrationDocument, {
        challengeId: startPasskeyRegistration.challengeId,
        credential,
        ...(name ? { name } : {}),
      });
      form.reset();
      this.passkeys.set([...(this.passkeys.value ?? []), added]);
      this.announce(this.texts.passkeys.added(added.name));
    });
  }

  #openRename(id: string): void {
    this.renaming = id;
    this.#focusNext = `#rename-${CSS.escape(id)}`;
  }

  #closeRename(id: string): void {
    this.renaming = '';
    this.#focusNext = `[data-rename="${id}"]`;
  }

  #rename(event: SubmitEvent, passkey: PasskeyItemFragment): Promise<void> {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '');
    return this.#change(async (client) => {
      const { renamePasskey } = await client.request(RenamePasskeyDocument, { id: passkey.id, name });
      this.passkeys.set((this.passkeys.value ?? []).map((item) => (item.id === passkey.id ? renamePasskey : item)));
      this.#closeRename(passkey.id);
      this.announce(this.texts.passkeys.renamed(renamePasskey.name));
    });
  }

  #remove(passkey: PasskeyItemFragment): Promise<void> {
    return this.#change(async (client) => {
      await client.request(RevokePasskeyDocument, { id: passkey.id });
      this.passkeys.set((this.passkeys.value ?? []).filter((item) => item.id !== passkey.id));
      this.#focusNext = '#add-passkey';
      this.announce(this.texts.passkeys.removed(passkey.name));
    });
  }
}

defineElement('px-passkeys', PxPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'px-passkeys': PxPasskeys;
  }
}
