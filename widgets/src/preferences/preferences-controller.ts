import { emit } from '../events/px-events.js';
import { explain } from '../graphql/gateway-error.js';
import type { ChoiceFragment } from '../graphql/generated.js';
import { GraphQLClient } from '../graphql/graphql-client.js';
import { LiveController } from '../live/live-controller.js';
import type { PxElement } from '../px-element.js';
import { QueryController } from '../query/query-controller.js';
import { allowedIn, type ChoiceTarget, choiceKey, saveChoice } from './choice.js';
import { loadPreferences, onPreferencesChanged, type Preferences, preferencesChanged } from './preferences-cache.js';

/**
 * The signed-in person's choices for one element: read through a QueryController (so aborted,
 * stale-guarded and shown like every other read), switched optimistically, rolled back with the
 * gateway's reason when it refuses; read again when another element of the page saved a change.
 */
export class PreferencesController {
  readonly query: QueryController<Preferences>;
  /** Switches shown in their new position while the gateway has not answered yet. */
  readonly pending = new Map<string, boolean>();

  constructor(private readonly host: PxElement) {
    this.query = new QueryController(host, {
      load: loadPreferences,
      reloadWhen: (reload) =>
        onPreferencesChanged((source) => {
          if (source !== this) reload();
        }),
    });
    // Changed in another tab, by an administrator or by customer service: read again.
    new LiveController(host, 'preferences', () => void this.query.reload());
  }

  /** Reads the choices again, such as after a change made elsewhere (another tab, customer service). */
  reload(): Promise<void> {
    return this.query.reload();
  }

  allowed(target: ChoiceTarget): boolean {
    return this.pending.get(choiceKey(target)) ?? allowedIn(target);
  }

  /** The person flipped a switch: show it at once, save it, keep or roll back. */
  async toggle(target: ChoiceTarget): Promise<void> {
    const key = choiceKey(target);
    if (this.pending.has(key)) return;
    const allowed = !allowedIn(target);
    this.pending.set(key, allowed);
    this.host.requestUpdate();
    const token = this.host.session.token;
    try {
      const saved = await saveChoice(this.#client(), target, allowed, this.host.language);
      this.#replace(saved);
      this.pending.delete(key);
      this.host.announce((texts) => texts.choice.saved(this.#titleOf(target), allowed));
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
      this.host.announce((texts) => texts.choice.refused(this.#titleOf(target), explain(error, texts)), 'error');
      this.host.session.forgetIfEnded(error, token);
    }
  }

  /** The switch's title as the newest read has it: after a language switch, in the new language. */
  #titleOf({ state, channel }: ChoiceTarget): string {
    const preferences = this.query.value;
    const current =
      [...(preferences?.purposes ?? []), ...(preferences?.subscriptions.flatMap((line) => line.purposes) ?? [])].find(
        (candidate) => candidate.subjectId === state.subjectId && candidate.purpose.key === state.purpose.key,
      ) ?? state;
    if (!channel) return current.purpose.title;
    return current.channels.find((option) => option.channel === channel)?.label ?? channel;
  }

  #replace(saved: ChoiceFragment): void {
    const preferences = this.query.value;
    if (!preferences) return;
    const swap = (states: ChoiceFragment[]) =>
      states.map((state) =>
        state.subjectId === saved.subjectId && state.purpose.key === saved.purpose.key ? saved : state,
      );
    this.query.set({
      ...preferences,
      purposes: swap(preferences.purposes),
      subscriptions: preferences.subscriptions.map((line) => ({ ...line, purposes: swap(line.purposes) })),
    });
  }

  #client(): GraphQLClient {
    return new GraphQLClient(this.host.gatewayUrl, this.host.session.token);
  }
}
