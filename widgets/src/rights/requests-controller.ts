import type { ReactiveController } from 'lit';
import { type DataRequestFragment, MyDataRequestsDocument } from '../graphql/generated.js';
import { GraphQLClient } from '../graphql/graphql-client.js';
import { LiveController } from '../live/live-controller.js';
import type { PxElement } from '../px-element.js';
import { explainRequestError } from './request-errors.js';

/** While an export archive is being built, its progress is read again this often. */
const refreshMs = 1000;

/** The signed-in person's requests, newest first, read again every second while an export is being built. */
export class RequestsController implements ReactiveController {
  requests: DataRequestFragment[] = [];
  status: 'signed-out' | 'loading' | 'ready' | 'failed' = 'signed-out';
  error = '';
  #token: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: PxElement,
    /** Called when an export the list showed as building is now ready. */
    private readonly onArchiveReady: (request: DataRequestFragment) => void = () => {},
  ) {
    host.addController(this);
    new LiveController(host, 'requests', () => void this.load());
  }

  hostDisconnected(): void {
    this.#stopRefreshing();
    // Connected again later, it reads the list anew.
    this.#token = undefined;
  }

  hostUpdate(): void {
    const token = this.host.session.token;
    if (token === this.#token) return;
    this.#token = token;
    this.#stopRefreshing();
    this.requests = [];
    this.status = token ? 'loading' : 'signed-out';
    if (token) void this.load();
  }

  async load(): Promise<void> {
    const token = this.#token;
    if (!token) return;
    this.#stopRefreshing();
    try {
      const { myDataSubjectRequests } = await new GraphQLClient(this.host.gatewayUrl, token).request(
        MyDataRequestsDocument,
        {},
      );
      if (token !== this.#token) return;
      const building = new Set(
        this.requests.filter((request) => request.exportArchive?.status === 'building').map((request) => request.id),
      );
      this.requests = myDataSubjectRequests;
      for (const request of myDataSubjectRequests) {
        if (building.has(request.id) && request.exportArchive?.status === 'ready') this.onArchiveReady(request);
      }
      this.status = 'ready';
      this.error = '';
    } catch (error) {
      if (token !== this.#token) return;
      this.status = 'failed';
      this.error = explainRequestError(error, this.host.texts);
      this.host.session.forgetIfEnded(error, token);
    }
    this.#refreshWhileBuilding();
    this.host.requestUpdate();
  }

  /** A request the person just filed, shown first at once. */
  add(request: DataRequestFragment): void {
    this.requests = [request, ...this.requests.filter((known) => known.id !== request.id)];
    this.status = 'ready';
    this.#refreshWhileBuilding();
    this.host.requestUpdate();
  }

  #refreshWhileBuilding(): void {
    const building = this.requests.some((request) => request.exportArchive?.status === 'building');
    if (building && this.#token && !this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.load();
      }, refreshMs);
    }
  }

  #stopRefreshing(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
