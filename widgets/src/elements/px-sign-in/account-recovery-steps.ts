import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { assertNever } from '../../assert-never.js';
import { explain, GatewayError } from '../../graphql/gateway-error.js';
import {
  ConfirmMobileNumberChangeDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignOutDocument,
  StartMobileNumberChangeDocument,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Message } from '../../px-element.js';

/** What the steps need of px-sign-in. */
export interface RecoveryHost extends ReactiveControllerHost {
  readonly gatewayUrl: string;
  readonly texts: Dictionary;
  announce(message: Message, kind?: 'status' | 'error'): void;
  clearAnnouncement(): void;
  /** Moves the focus to `selector` once the next render is done. */
  focusAfterUpdate(selector: string): void;
}

/** The recovery session's token stays here: it may only set a number, so the page's other widgets never see it. */
type RecoveryStep =
  | { kind: 'forgot' }
  | { kind: 'link-sent' }
  | { kind: 'new-password'; resetToken: string }
  | { kind: 'new-mobile'; recoveryToken: string }
  | { kind: 'mobile-code'; recoveryToken: string; challengeId: string; maskedPhone: string };

/** A token in a reset link is `pxr_` and 43 URL-safe characters (gateway: newOpaqueToken('pxr')). */
const resetTokenPattern = /^pxr_[\w-]{20,}$/;

/**
 * The password-reset link opens the host page with `?token=…`: the token of this page's address,
 * taken out of it (a reload, the history or a shared link must not carry it on).
 */
export function takeResetTokenFromAddress(): string | undefined {
  const address = new URL(window.location.href);
  const token = address.searchParams.get('token') ?? '';
  if (!resetTokenPattern.test(token)) return undefined;
  address.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', address);
  return token;
}

/**
 * Forgot password, and a new mobile number (login-with-sms-code.txt steps 4 to 6; gateway
 * decision 4): the e-mailed link, a new password, which opens a recovery session that can only
 * prove and save a new Belgian number by SMS; then the person signs in again.
 */
export class AccountRecoverySteps implements ReactiveController {
  #step: RecoveryStep | undefined;
  #busy = false;

  constructor(
    private readonly host: RecoveryHost,
    /** Back to the sign-in form, with what to say there. */
    private readonly finished: (message: Message | undefined) => void,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.#step !== undefined;
  }

  hostConnected(): void {}

  forgotPassword(): void {
    this.#go({ kind: 'forgot' }, '#reset-email');
    this.host.clearAnnouncement();
  }

  openResetLink(resetToken: string): void {
    this.#go({ kind: 'new-password', resetToken }, '#new-password');
  }

  render(): TemplateResult {
    const step = this.#step;
    const texts = this.host.texts.recovery;
    switch (step?.kind) {
      case undefined:
        return html``;
      case 'forgot':
        return html`<form @submit=${this.#sendLink} aria-labelledby="title">
          <h2 id="title">${texts.forgotTitle}</h2>
          <p class="muted">${texts.forgotIntro}</p>
          <label for="reset-email">${this.host.texts.signIn.email}</label>
          <input id="reset-email" name="email" type="email" autocomplete="username" required />
          ${this.#actions(texts.sendLink)}
        </form>`;
      case 'link-sent':
        return html`<p data-testid="link-sent">${texts.linkSent}</p>
          <div class="row">${this.#backButton()}</div>`;
      case 'new-password':
        return html`<form @submit=${this.#savePassword} aria-labelledby="title">
          <h2 id="title">${texts.newPasswordTitle}</h2>
          <label for="new-password">${texts.newPassword}</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="8"
            aria-describedby="password-rule" required />
          <p id="password-rule" class="muted">${texts.passwordRule}</p>
          ${this.#actions(texts.savePassword)}
        </form>`;
      case 'new-mobile':
        return html`<form @submit=${this.#sendCode} aria-labelledby="title">
          <h2 id="title">${texts.mobileTitle}</h2>
          <label for="mobile-number">${texts.mobileNumber}</label>
          <input id="mobile-number" name="mobileNumber" type="tel" autocomplete="tel" aria-describedby="mobile-hint" required />
          <p id="mobile-hint" class="muted">${texts.mobileHint}</p>
          <div class="row">
            <button class="action" type="submit" ?disabled=${this.#busy}>${texts.sendCode}</button>
            <button class="link" type="button" @click=${this.#keepNumber} ?disabled=${this.#busy}>${texts.keepNumber}</button>
          </div>
        </form>`;
      case 'mobile-code':
        return html`<form @submit=${this.#confirm} aria-labelledby="title">
          <h2 id="title">${texts.mobileCodeTitle}</h2>
          <p id="masked-phone" data-testid="masked-phone">${this.host.texts.signIn.codeSentTo(step.maskedPhone)}</p>
          <label for="mobile-code">${this.host.texts.signIn.code}</label>
          <input id="mobile-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}"
            maxlength="6" aria-describedby="masked-phone" required />
          ${this.#actions(texts.confirm)}
        </form>`;
      default:
        return assertNever(step);
    }
  }

  #actions(submit: string): TemplateResult {
    return html`<div class="row">
      <button class="action" type="submit" ?disabled=${this.#busy}>${submit}</button>
      ${this.#backButton()}
    </div>`;
  }

  #backButton(): TemplateResult {
    return html`<button class="link" type="button" @click=${() => this.#finish(undefined)}>${this.host.texts.recovery.back}</button>`;
  }

  #go(step: RecoveryStep | undefined, focus: string): void {
    this.#step = step;
    this.host.focusAfterUpdate(focus);
    this.host.requestUpdate();
  }

  #finish(message: Message | undefined): void {
    this.#step = undefined;
    this.host.requestUpdate();
    this.finished(message);
  }

  /** One gateway call of a step: busy meanwhile, and its refusal said in the element's language. */
  async #call(
    event: SubmitEvent,
    send: (form: FormData) => Promise<void>,
    explainRefusal: (error: unknown, texts: Dictionary) => string = explain,
  ): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    this.#busy = true;
    this.host.requestUpdate();
    try {
      await send(form);
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'UNAUTHENTICATED' && this.#step?.kind !== 'new-password') {
        this.#go({ kind: 'forgot' }, '#reset-email');
        this.host.announce((texts) => texts.recovery.recoveryEnded, 'error');
      } else {
        this.host.announce((texts) => explainRefusal(error, texts), 'error');
      }
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  }

  #client(token?: string): GraphQLClient {
    return new GraphQLClient(this.host.gatewayUrl, token);
  }

  #sendLink = (event: SubmitEvent) =>
    this.#call(event, async (form) => {
      await this.#client().request(RequestPasswordResetDocument, { email: String(form.get('email')) });
      this.#go({ kind: 'link-sent' }, '.link');
      this.host.clearAnnouncement();
    });

  #savePassword = (event: SubmitEvent) => {
    const step = this.#step;
    if (step?.kind !== 'new-password') return Promise.resolve();
    return this.#call(
      event,
      async (form) => {
        const { resetPassword } = await this.#client().request(ResetPasswordDocument, {
          token: step.resetToken,
          newPassword: String(form.get('password')),
        });
        this.#go({ kind: 'new-mobile', recoveryToken: resetPassword.accessToken }, '#mobile-number');
        this.host.announce((texts) => texts.recovery.passwordSaved);
      },
      (error, texts) => {
        if (error instanceof GatewayError && error.code === 'CODE_INVALID') return texts.recovery.linkInvalid;
        if (error instanceof GatewayError && error.code === 'CODE_EXPIRED') return texts.recovery.linkExpired;
        return explain(error, texts);
      },
    );
  };

  #sendCode = (event: SubmitEvent) => {
    const step = this.#step;
    if (step?.kind !== 'new-mobile') return Promise.resolve();
    return this.#call(event, async (form) => {
      const { startMobileNumberChange } = await this.#client(step.recoveryToken).request(
        StartMobileNumberChangeDocument,
        { mobileNumber: String(form.get('mobileNumber')) },
      );
      this.#go(
        {
          kind: 'mobile-code',
          recoveryToken: step.recoveryToken,
          challengeId: startMobileNumberChange.challengeId,
          maskedPhone: startMobileNumberChange.maskedPhone,
        },
        '#mobile-code',
      );
      this.host.clearAnnouncement();
    });
  };

  #confirm = (event: SubmitEvent) => {
    const step = this.#step;
    if (step?.kind !== 'mobile-code') return Promise.resolve();
    return this.#call(event, async (form) => {
      await this.#client(step.recoveryToken).request(ConfirmMobileNumberChangeDocument, {
        challengeId: step.challengeId,
        code: String(form.get('code')).trim(),
      });
      this.#finish((texts) => texts.recovery.numberChanged);
    });
  };

  #keepNumber = async () => {
    const step = this.#step;
    if (step?.kind !== 'new-mobile') return;
    // The recovery session is of no more use: ended now rather than left for its 15 minutes.
    await this.#client(step.recoveryToken)
      .request(SignOutDocument, {})
      .catch(() => undefined);
    this.#finish((texts) => texts.recovery.signInWithNewPassword);
  };
}
