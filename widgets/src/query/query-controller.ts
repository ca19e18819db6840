import type { ReactiveController } from 'lit';
import { explain } from '../graphql/gateway-error.js';
import { GraphQLClient } from '../graphql/graphql-client.js';
import type { Dictionary, Language } from '../i18n/dictionary.js';
import type { PxElement } from '../px-element.js';

/** What one load gets: a client with the element's token, the run's abort signal, and what the answer is for. */
export interface QueryContext {
  client: GraphQLClient;
  signal: AbortSignal;
  language: Language;
  /** Gateway, token and (for a query in the element's language) language: equal keys, equal answers. */
  key: string;
}

/**
 * What an element shows of a query. `loading` and `failed` keep the value shown before (a reload
 * in the same session does not blank the element); a new session or gateway starts without one.
 */
export type QueryState<Value> =
  | { status: 'signed-out' }
  | { status: 'loading'; value: Value | undefined }
  | { status: 'ready'; value: Value }
  | { status: 'failed'; error: string; value: Value | undefined };

export interface QueryOptions<Value> {
  load(context: QueryContext): Promise<Value>;
  /** Whether the answer is in the element's language, so read again when it changes; default true. */
  perLanguage?: boolean;
  /** The refusal in the element's language; default `explain`. */
  explain?(error: unknown, texts: Dictionary): string;
  /** Every value shown (loaded or set), with the one it replaces. */
  shown?(value: Value, previous: Value | undefined): void;
  /**
   * Subscribes `reload` to what makes the answer stale (a change saved by another element, a
   * live event) while the element is on the page; returns the function that unsubscribes.
   */
  reloadWhen?(reload: () => void): () => void;
  /** Reads again after `everyMs` while `while(value)` holds, such as while an export is being built. */
  refresh?: { everyMs: number; while(value: Value): boolean };
}

/**
 * Every asynchronous read of a widget: started when the element's gateway, token or language
 * changes, aborted when a newer run starts, the session ends or the element leaves the page.
 * Only the newest run lands: an earlier answer that comes back last is dropped, and so is one
 * for a previous session or language, even when the transport ignored the abort.
 */
export class QueryController<Value> implements ReactiveController {
  #state: QueryState<Value> = { status: 'signed-out' };
  /** Gateway and token: when they change, what was shown belongs to someone else. */
  #identity = '';
  #key = '';
  #run: AbortController | undefined;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #running = new Set<Promise<void>>();
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: PxElement,
    private readonly options: QueryOptions<Value>,
  ) {
    host.addController(this);
  }

  get state(): QueryState<Value> {
    return this.#state;
  }

  get value(): Value | undefined {
    return this.#state.status === 'signed-out' ? undefined : this.#state.value;
  }

  hostUpdate(): void {
    const token = this.host.session.token;
    const identity = token ? `${this.host.gatewayUrl}|${token}` : '';
    const key = identity && this.options.perLanguage !== false ? `${identity}|${this.host.language}` : identity;
    if (key === this.#key) return;
    this.#key = key;
    if (identity !== this.#identity) {
      this.#identity = identity;
      this.#state = { status: 'signed-out' };
    }
    if (key) void this.reload();
    else this.#stop();
  }

  hostConnected(): void {
    this.#unsubscribe = this.options.reloadWhen?.(() => void this.reload());
    // Back on the page after `hostDisconnected` forgot the key: the next update reads anew.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stop();
    // Connected again later, it reads anew.
    this.#key = '';
  }

  /** Reads again now (a newer run replaces one in flight); resolves when this run has landed or been dropped. */
  reload(): Promise<void> {
    return this.run(this.options.load);
  }

  /** Runs `load` in place of the usual one, under the same rules: such as the next page of a list. */
  run(load: (context: QueryContext) => Promise<Value>): Promise<void> {
    const key = this.#key;
    if (!key) return Promise.resolve();
    this.#stop();
    const run = new AbortController();
    this.#run = run;
    this.#state = { status: 'loading', value: this.value };
    this.host.requestUpdate();
    const context = {
      client: new GraphQLClient(this.host.gatewayUrl, this.host.session.token),
      signal: run.signal,
      language: this.host.language,
      key,
    };
    const settled = this.#land(run, context, load).finally(() => this.#running.delete(settled));
    this.#running.add(settled);
    return settled;
  }

  /**
   * A value the element knows to be newer than any answer in flight (a saved change, a filed
   * request): shown at once. A run in flight may have read before that change, so it is
   * aborted and started again.
   */
  set(value: Value): void {
    if (!this.#key) return;
    const wasLoading = this.#run !== undefined;
    this.#stop();
    this.#show(value);
    if (wasLoading) void this.reload();
  }

  /** Resolves when every run started so far has landed or been dropped: for hosts and tests that must know. */
  async settled(): Promise<void> {
    await Promise.all([...this.#running]);
  }

  async #land(run: AbortController, context: QueryContext, load: (context: QueryContext) => Promise<Value>) {
    const token = this.host.session.token;
    try {
      const value = await load(context);
      if (run === this.#run) this.#show(value);
    } catch (error) {
      if (run !== this.#run) return;
      const explained = (this.options.explain ?? explain)(error, this.host.texts);
      this.#state = { status: 'failed', error: explained, value: this.value };
      this.host.requestUpdate();
      this.host.session.forgetIfEnded(error, token);
    }
  }

  #show(value: Value): void {
    const previous = this.value;
    this.#run = undefined;
    this.#state = { status: 'ready', value };
    this.host.requestUpdate();
    this.options.shown?.(value, previous);
    const refresh = this.options.refresh;
    if (refresh?.while(value)) this.#refreshTimer = setTimeout(() => void this.reload(), refresh.everyMs);
  }

  /** Aborts the run in flight and the next refresh; their answers can no longer land. */
  #stop(): void {
    this.#run?.abort();
    this.#run = undefined;
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }
}
