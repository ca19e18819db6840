import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { emit } from '../../events/px-events.js';
import { explain } from '../../graphql/gateway-error.js';
import {
  CompleteSignInDocument,
  MeDocument,
  type Role,
  SignOutDocument,
  StartSignInDocument,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import { passkeyCancelled } from '../../passkeys/webauthn.js';
import { PxElement } from '../../px-element.js';
import { type Session, sessionStore } from '../../session/session-store.js';
import { controls, tokens } from '../../styles/tokens.js';
import { AccountRecoverySteps, takeResetTokenFromAddress } from './account-recovery-steps.js';
import { renderPasskeySignIn, signInWithPasskey } from './passkey-sign-in.js';
import { signInStyles } from './px-sign-in.styles.js';

interface Challenge {
  challengeId: string;
  maskedPhone: string;
  expiresAt: string;
}

/** `125` seconds → `2:05`. */
function minutesAndSeconds(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * @tag px-sign-in
 * @summary Signs a person in with e-mail, password and the code sent by SMS, or with a passkey; shares the session with every widget of the page.
 * A reload keeps the sign-in (the gateway's HttpOnly refresh cookie). Also: forgot password and a new mobile number,
 * finished from the e-mailed link (the host page opened with `?token=…`, or the `reset-token` attribute).
 *
 * @fires px-signed-in - The person completed the sign-in; `detail.expiresAt` is the session's latest end.
 * @fires px-signed-out - The person signed out (`detail.reason` `signed-out`), or the gateway ended the session (`session-ended`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The live region where results and errors are announced.
 *
 * @cssproperty --px-sign-in-width - The form's maximum width (24rem).
 * @cssproperty --px-color-brand - Buttons and headings.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxSignIn extends PxElement {
  static override properties = {
    ...PxElement.properties,
    resetToken: { type: String, attribute: 'reset-token' },
    challenge: { state: true },
    name: { state: true },
    personRole: { state: true },
    busy: { state: true },
    now: { state: true },
  };
  static override styles = [tokens, controls, signInStyles];

  /** The token of a password-reset link, when the host page passes it itself; else the page address's `?token=` is used. */
  declare resetToken: string | undefined;
  /** @internal */
  declare private challenge: Challenge | undefined;
  /** @internal */
  declare private personRole: Role | undefined;
  /** @internal */
  declare private name: string;
  /** @internal */
  declare private busy: boolean;
  /** @internal */
  declare private now: number;
  #credentials = { email: '', password: '' };
  #timer: ReturnType<typeof setInterval> | undefined;
  #focusNext = '';
  /** Set while this element signs the person out, so that its own sign-out is not taken for an ended session. */
  #signingOut = false;
  readonly #recovery = new AccountRecoverySteps(this, (message) => {
    this.#focusNext = '#email';
    if (message) this.announce(message);
  });

  constructor() {
    super();
    this.name = '';
    this.busy = false;
    this.now = Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const resetToken = this.resetToken || takeResetTokenFromAddress();
    if (resetToken) this.#recovery.openResetLink(resetToken);
  }

  /** @internal For the recovery steps: moves the focus to `selector` after the next render. */
  focusAfterUpdate(selector: string): void {
    this.#focusNext = selector;
  }

  /** @internal For the recovery steps: a new step starts without the previous one's message. */
  clearAnnouncement(): void {
    this.announcement = undefined;
  }

  protected override sessionChanged(session: Session | null): void {
    // Renewed from the refresh cookie on load, or signed in by another px-sign-in of the page.
    if (session) {
      if (!this.name) void this.#loadPerson();
      return;
    }
    if (this.#signingOut) return;
    this.name = '';
    this.personRole = undefined;
    this.announce((texts) => texts.signIn.sessionEnded);
    emit(this, 'px-signed-out', { reason: 'session-ended' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = '';
  }

  override render(): TemplateResult {
    let content: TemplateResult;
    if (sessionStore.current) content = this.#renderSignedIn();
    else if (this.#recovery.active) content = this.#recovery.render();
    else if (this.challenge) content = this.#renderCode(this.challenge);
    else if (sessionStore.restoring)
      content = html`<p class="muted" aria-busy="true" data-testid="checking">${this.texts.signIn.checking}</p>`;
    else content = this.#renderCredentials();
    return html`<div part="base">${this.renderLiveRegion()}${content}</div>`;
  }

  #renderCredentials(): TemplateResult {
    const texts = this.texts.signIn;
    return html`<form @submit=${this.#start} aria-labelledby="title">
      <h2 id="title">${texts.title}</h2>
      <label for="email">${texts.email}</label>
      <input id="email" name="email" type="email" autocomplete="username" required />
      <label for="password">${texts.password}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <div class="row">
        <button class="action" type="submit" ?disabled=${this.busy}>${texts.submit}</button>
        <button class="link" type="button" id="forgot" @click=${() => this.#recovery.forgotPassword()}>${texts.forgot}</button>
      </div>
    </form>
    ${renderPasskeySignIn(this.texts, this.busy, () => void this.#passkey())}`;
  }

  #renderCode(challenge: Challenge): TemplateResult {
    const texts = this.texts.signIn;
    const left = Date.parse(challenge.expiresAt) - this.now;
    // The masked number is said once: by the code field's description, not also by the live region.
    return html`<form @submit=${this.#complete} aria-labelledby="title">
      <h2 id="title">${texts.codeTitle}</h2>
      <p id="masked-phone" data-testid="masked-phone">${texts.codeSentTo(challenge.maskedPhone)}</p>
      <label for="code">${texts.code}</label>
      <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"
        aria-describedby="masked-phone" required />
      <p class="countdown muted" data-testid="time-left">${left > 0 ? texts.timeLeft(minutesAndSeconds(left)) : texts.expired}</p>
      <div class="row">
        <button class="action" type="submit" ?disabled=${this.busy}>${texts.verify}</button>
        <button class="link" type="button" @click=${this.#resend} ?disabled=${this.busy}>${texts.resend}</button>
        <button class="link" type="button" @click=${this.#startOver}>${texts.startOver}</button>
      </div>
    </form>`;
  }

  #renderSignedIn(): TemplateResult {
    const texts = this.texts.signIn;
    return html`<div class="row">
        <p data-testid="signed-in-as">${this.name ? texts.signedInAs(this.name) : texts.signedIn}</p>
        <button class="action" type="button" id="sign-out" @click=${this.#signOut}>${texts.signOut}</button>
      </div>
      ${this.personRole ? html`<p class="muted" data-testid="role">${texts.roles[this.personRole]}</p>` : nothing}`;
  }

  #client(): GraphQLClient {
    return new GraphQLClient(this.gatewayUrl, sessionStore.current?.accessToken);
  }

  async #start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    this.#credentials = { email: String(form.get('email')), password: String(form.get('password')) };
    await this.#sendCode(false);
  }

  async #sendCode(again: boolean): Promise<void> {
    this.busy = true;
    try {
      const { startSignIn } = await this.#client().request(StartSignInDocument, this.#credentials);
      this.challenge = startSignIn;
      if (again) this.announce((texts) => texts.signIn.resent(startSignIn.maskedPhone));
      else this.announcement = undefined;
      this.#focusNext = '#code';
      this.#startTimer();
    } catch (error) {
      this.announce((texts) => explain(error, texts), 'error');
    } finally {
      this.busy = false;
    }
  }

  #resend(): void {
    void this.#sendCode(true);
  }

  async #complete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const challenge = this.challenge;
    if (!challenge) return;
    const code = String(new FormData(event.currentTarget as HTMLFormElement).get('code')).trim();
    this.busy = true;
    try {
      const { completeSignIn } = await this.#client().request(CompleteSignInDocument, {
        challengeId: challenge.challengeId,
        code,
      });
      this.#stopTimer();
      this.challenge = undefined;
      this.#credentials = { email: '', password: '' };
      this.name = '';
      this.#opened(completeSignIn);
    } catch (error) {
      this.announce((texts) => explain(error, texts), 'error');
    } finally {
      this.busy = false;
    }
  }

  async #passkey(): Promise<void> {
    this.busy = true;
    try {
      this.#opened(await signInWithPasskey(this.gatewayUrl));
    } catch (error) {
      if (passkeyCancelled(error)) this.announce(this.texts.passkeys.cancelled);
      else this.announce(explain(error, this.texts), 'error');
    } finally {
      this.busy = false;
    }
  }

  /** A completed sign-in, by SMS code or passkey: the page's session starts. */
  #opened(session: { accessToken: string; expiresAt: string }): void {
    sessionStore.signIn({ accessToken: session.accessToken, expiresAt: session.expiresAt });
    this.announce((texts) => texts.signIn.signedIn);
    this.#focusNext = '#sign-out';
    emit(this, 'px-signed-in', { expiresAt: session.expiresAt });
    void this.#loadPerson();
  }

  /** The greeting's name and "look at your role". */
  async #loadPerson(): Promise<void> {
    try {
      const { me } = await this.#client().request(MeDocument, {});
      this.name = `${me.firstName} ${me.lastName}`;
      this.personRole = me.role;
    } catch {
      // The greeting falls back to "You are signed in."; the privacy widgets report their own errors.
    }
  }

  #startOver(): void {
    this.#stopTimer();
    this.challenge = undefined;
    this.announcement = undefined;
    this.#focusNext = '#email';
  }

  async #signOut(): Promise<void> {
    const client = this.#client();
    // The page forgets the token first: even if the gateway cannot be told, nothing here uses it any more.
    this.#signingOut = true;
    sessionStore.signOut();
    this.#signingOut = false;
    this.name = '';
    this.personRole = undefined;
    this.announce((texts) => texts.signIn.signedOut);
    this.#focusNext = '#email';
    emit(this, 'px-signed-out', { reason: 'signed-out' });
    // The gateway ends every session of this sign-in (other tabs too) and clears the refresh cookie.
    await client.request(SignOutDocument, {}).catch(() => undefined);
  }

  #startTimer(): void {
    this.#stopTimer();
    this.now = Date.now();
    this.#timer = setInterval(() => {
      this.now = Date.now();
    }, 1000);
  }

  #stopTimer(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

defineElement('px-sign-in', PxSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'px-sign-in': PxSignIn;
  }
}
