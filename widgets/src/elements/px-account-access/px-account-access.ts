import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../define-element.js';
import { explain, GatewayError } from '../../graphql/gateway-error.js';
import {
  AccountMembersDocument,
  type AccountMembersQuery,
  ApproveAccountAccessDocument,
  BecomeAdministratorDocument,
  MyAccountAccessDocument,
  type MyAccountAccessQuery,
  RefuseAccountAccessDocument,
  RequestAccountAccessDocument,
} from '../../graphql/generated.js';
import { GraphQLClient } from '../../graphql/graphql-client.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import { PxElement } from '../../px-element.js';
import { QueryController } from '../../query/query-controller.js';
import { renderQuery } from '../../query/render-query.js';
import { cards, controls, tokens } from '../../styles/tokens.js';
import { accountAccessStyles } from './px-account-access.styles.js';

type Access = MyAccountAccessQuery['me']['accounts'][number];
type Member = AccountMembersQuery['accountMembers'][number];

interface AccountAccess {
  accounts: Access[];
  /** For each customer number the person administers, its people. */
  members: Map<string, Member[]>;
}

/** A refusal of becomeAdministrator or requestAccountAccess, in plain words (its `reason` when the gateway gave one). */
function explainRoleRefusal(error: unknown, texts: Dictionary): string {
  const refusals = texts.accountAccess.refusals;
  const reason = error instanceof GatewayError ? error.details.reason : undefined;
  if (typeof reason === 'string' && reason in refusals) return refusals[reason as keyof typeof refusals];
  if (error instanceof GatewayError && error.code === 'BAD_USER_INPUT') return texts.accountAccess.invalidNumber;
  return explain(error, texts);
}

const isBusiness = (access: Access) => access.account.segment !== 'CONSUMER';

/**
 * @tag px-account-access
 * @summary Roles on customer numbers: the person's own ("look at your role"), the people of the numbers they administer (approve or refuse a delegate user), become administrator, ask access to a business account.
 *
 * @csspart base - The wrapper of everything.
 * @csspart section - Each part: your customer numbers, their people, become administrator, access to a business account.
 * @csspart status - The live region where results and refusals are announced.
 *
 * @cssproperty --px-color-brand - Headings and buttons.
 * @cssproperty --px-color-focus - The focus ring.
 */
export class PxAccountAccess extends PxElement {
  static override properties = { ...PxElement.properties, busy: { state: true } };
  static override styles = [tokens, controls, cards, accountAccessStyles];

  /** @internal */
  declare private busy: boolean;

  readonly access = new QueryController<AccountAccess>(this, {
    perLanguage: false,
    load: async ({ client, signal }) => {
      const { me } = await client.request(MyAccountAccessDocument, {}, signal);
      const administered = me.accounts.filter(
        (access) => access.role === 'ADMINISTRATOR' && access.status === 'ACTIVE',
      );
      const lists = await Promise.all(
        administered.map(async (access) => {
          const number = access.account.customerNumber;
          const { accountMembers } = await client.request(AccountMembersDocument, { customerNumber: number }, signal);
          return [number, accountMembers] as const;
        }),
      );
      return { accounts: me.accounts, members: new Map(lists) };
    },
  });

  constructor() {
    super();
    this.busy = false;
  }

  override render(): TemplateResult {
    const texts = this.texts.accountAccess;
    return html`<div part="base">
      <section class="card" part="section" aria-labelledby="title">
        <h2 id="title">${texts.title}</h2>
        ${renderQuery(this.access, this.texts, (access) => this.#renderAccounts(access))}
        ${this.renderLiveRegion()}
      </section>
      ${this.session.token ? this.#renderForms() : nothing}
    </div>`;
  }

  #renderAccounts(access: AccountAccess): TemplateResult {
    const texts = this.texts.accountAccess;
    const active = access.accounts.filter((account) => account.status === 'ACTIVE');
    return html`<h3>${texts.yourAccounts}</h3>
      ${
        active.length === 0
          ? html`<p class="muted">${texts.none}</p>`
          : html`<ul class="accounts" data-testid="accounts">
            ${active.map(
              (account) =>
                html`<li>${texts.account(account.account.name, account.account.customerNumber)}:
                  <strong>${(isBusiness(account) ? texts.businessRoles : texts.roles)[account.role]}</strong></li>`,
            )}
          </ul>`
      }
      ${[...access.members].map(([number, members]) => this.#renderMembers(number, members))}`;
  }

  #renderMembers(number: string, members: Member[]): TemplateResult {
    const texts = this.texts.accountAccess;
    const business = this.access.value?.accounts.some((a) => a.account.customerNumber === number && isBusiness(a));
    const roles = business ? texts.businessRoles : texts.roles;
    return html`<h3 id=${`members-${number}`}>${texts.membersTitle(number)}</h3>
      <ul class="members" aria-labelledby=${`members-${number}`} data-testid=${`members-${number}`}>
        ${members.map((member) => {
          const name = `${member.firstName} ${member.lastName}`;
          return html`<li data-member=${member.email}>
            <span>${name} (${member.email}): ${roles[member.role]}, ${texts.statuses[member.status]}</span>
            ${
              member.status === 'PENDING'
                ? html`<span class="row">
                  <button class="action" type="button" aria-label=${texts.approveFor(name)} ?disabled=${this.busy}
                    @click=${() => this.#decide(member, 'approve')}>${texts.approve}</button>
                  <button class="link" type="button" aria-label=${texts.refuseFor(name)} ?disabled=${this.busy}
                    @click=${() => this.#decide(member, 'refuse')}>${texts.refuse}</button>
                </span>`
                : nothing
            }
          </li>`;
        })}
      </ul>`;
  }

  #renderForms(): TemplateResult {
    const texts = this.texts.accountAccess;
    const form = (id: string, title: string, intro: string, submit: string, send: (number: string) => Promise<void>) =>
      html`<section class="card" part="section" aria-labelledby=${`${id}-title`}>
        <form @submit=${(event: SubmitEvent) => this.#submit(event, send)}>
          <h3 id=${`${id}-title`}>${title}</h3>
          <p class="muted">${intro}</p>
          <label for=${`${id}-number`}>${texts.customerNumber}</label>
          <input id=${`${id}-number`} name="customerNumber" inputmode="numeric" pattern="[0-9]{9}" maxlength="9"
            autocomplete="off" aria-describedby=${`${id}-hint`} required />
          <p id=${`${id}-hint`} class="muted">${texts.customerNumberHint}</p>
          <button class="action" type="submit" ?disabled=${this.busy}>${submit}</button>
        </form>
      </section>`;
    return html`${form('become', texts.becomeTitle, texts.becomeIntro, texts.become, (number) => this.#becomeAdministrator(number))}
    ${form('request', texts.requestTitle, texts.requestIntro, texts.requestAccess, (number) => this.#requestAccess(number))}`;
  }

  #client(): GraphQLClient {
    return new GraphQLClient(this.gatewayUrl, this.session.token);
  }

  async #submit(event: SubmitEvent, send: (number: string) => Promise<void>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const number = String(new FormData(form).get('customerNumber')).replace(/\D/g, '');
    await this.#busyWhile(async () => {
      await send(number);
      form.reset();
    }, explainRoleRefusal);
  }

  async #becomeAdministrator(number: string): Promise<void> {
    await this.#client().request(BecomeAdministratorDocument, { customerNumber: number });
    this.announce((texts) => texts.accountAccess.becameAdministrator(number));
    await this.access.reload();
  }

  async #requestAccess(number: string): Promise<void> {
    await this.#client().request(RequestAccountAccessDocument, { customerNumber: number });
    this.announce((texts) => texts.accountAccess.requested(number));
  }

  async #decide(member: Member, decision: 'approve' | 'refuse'): Promise<void> {
    const name = `${member.firstName} ${member.lastName}`;
    await this.#busyWhile(async () => {
      if (decision === 'approve') {
        await this.#client().request(ApproveAccountAccessDocument, { membershipId: member.id });
        this.announce((texts) => texts.accountAccess.approved(name));
      } else {
        await this.#client().request(RefuseAccountAccessDocument, { membershipId: member.id });
        this.announce((texts) => texts.accountAccess.refused(name));
      }
      await this.access.reload();
    }, explain);
  }

  async #busyWhile(action: () => Promise<void>, refusal: (error: unknown, texts: Dictionary) => string): Promise<void> {
    this.busy = true;
    try {
      await action();
    } catch (error) {
      this.session.forgetIfEnded(error, this.session.token);
      this.announce((texts) => refusal(error, texts), 'error');
    } finally {
      this.busy = false;
    }
  }
}

defineElement('px-account-access', PxAccountAccess);

declare global {
  interface HTMLElementTagNameMap {
    'px-account-access': PxAccountAccess;
  }
}
