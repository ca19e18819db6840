import type { ReactiveController } from 'lit';
import { emit } from '../events/px-events.js';
import { explain } from '../graphql/gateway-error.js';
import type { ChoiceFragment } from '../graphql/generated.js';
import { GraphQLClient } from '../graphql/graphql-client.js';
import { LiveController } from '../live/live-controller.js';
import type { PxElement } from '../px-element.js';
import { allowedIn, type ChoiceTarget, choiceKey, saveChoice } from './choice.js';
import { loadPreferences, onPreferencesChanged, type Preferences, preferencesChanged } from './preferences-cache.js';

export type PreferencesStatus = 'signed-out' | 'loading' | 'ready' | 'failed';

/**
 * The signed-in person's choices for one element: read when the session or the language
 * changes, switched optimistically, rolled back with the gateway's reason when it refuses.
 */
export class PreferencesController implements ReactiveController {
  status: PreferencesStatus = 'signed-out';
  preferences: Preferences | undefined;
  error = '';
  /** Switches shown in their new position while the gateway has not answered yet. */
  readonly pending = new Map<string, boolean>();
  #loadedFor = '';
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly host: PxElement) {
    host.addController(this);
    new LiveController(host, 'preferences', () => void this.reload());
  }

  hostConnected(): void {
    this.#unsubscribe = onPreferencesChanged((source) => {
      if (source !== this) void this.reload();
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }

  /** Called on every update: reads again only when what the answer depends on changed. */
  hostUpdate(): void {
    const token = this.host.session.token;
    const wanted = token ? `${this.host.gatewayUrl}|${token}|${this.host.language}` : '';
    if (wanted === this.#loadedFor) return;
    this.#loadedFor = wanted;
    if (!token) {
      this.status = 'signed-out';
      this.preferences = undefined;
      return;
    }
    void this.reload();
  }

  async reload(): Promise<void> {
    const key = this.#loadedFor;
    if (!key) return;
    if (!this.preferences) this.status = 'loading';
    this.host.requestUpdate();
    const token = this.host.session.token;
    try {
      const preferences = await loadPreferences(this.#client(), key, this.host.language);
      if (key !== this.#loadedFor) return;
      this.preferences = preferences;
      this.status = 'ready';
    } catch (error) {
      if (key !== this.#loadedFor) return;
      this.status = 'failed';
      this.error = explain(error, this.host.texts);
      this.host.session.forgetIfEnded(error, token);
    }
    this.host.requestUpdate();
  }

  allowed(target: ChoiceTarget): boolean {
    return this.pending.get(choiceKey(target)) ?? allowedIn(target);
  }

  /** The person flipped a switch: show it at once, save it, keep or roll back. */
  async toggle(target: ChoiceTarget): Promise<void> {
    const key = choiceKey(target);
    if (this.pending.has(key)) return;
    const allowed = !allowedIn(target);
    const title = target.channel
      ? (target.state.channels.find((option) => option.channel === target.channel)?.label ?? target.channel)
      : target.state.purpose.title;
    this.pending.set(key, allowed);
    this.host.requestUpdate();
    const token = this.host.session.token;
    try {
      const saved = await saveChoice(this.#client(), target, allowed, this.host.language);
      this.#replace(saved);
      this.pending.delete(key);
      this.host.announce(this.host.texts.choice.saved(title, allowed));
      const { purpose, subjectId } = saved;
      emit(this.host, 'px-change', {
        purpose: purpose.key,
        channel: target.channel,
        subjectId,
        allowed,
        language: this.host.language,
      });
      preferencesChanged(this);
    } catch (error) {
      this.pending.delete(key);
      this.host.announce(this.host.texts.choice.refused(title, explain(error, this.host.texts)), 'error');
      this.host.session.forgetIfEnded(error, token);
    }
  }

  #replace(saved: ChoiceFragment): void {
    const preferences = this.preferences;
    if (!preferences) return;
    const swap = (states: ChoiceFragment[]) =>
      states.map((state) =>
        state.subjectId === saved.subjectId && state.purpose.key === saved.purpose.key ? saved : state,
      );
    this.preferences = {
      ...preferences,
      purposes: swap(preferences.purposes),
      subscriptions: preferences.subscriptions.map((line) => ({ ...line, purposes: swap(line.purposes) })),
    };
  }

  #client(): GraphQLClient {
    return new GraphQLClient(this.host.gatewayUrl, this.host.session.token);
  }
}
