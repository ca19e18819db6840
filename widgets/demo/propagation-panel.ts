import type { ChangeDetail } from '../src/events/px-events.js';
import {
  LatestChangeDocument,
  PropagationProgressDocument,
  type PropagationProgressSubscription,
} from '../src/graphql/generated.js';
import { GraphQLClient } from '../src/graphql/graphql-client.js';
import { subscribeLive } from '../src/live/live-connection.js';
import { sessionStore } from '../src/session/session-store.js';

type Delivery = PropagationProgressSubscription['propagationProgress'][number];

function stateOf(delivery: Delivery): 'acknowledged' | 'failed' | 'pending' {
  if (delivery.acknowledgedAt) return 'acknowledged';
  return delivery.failedAt ? 'failed' : 'pending';
}

function describe(delivery: Delivery): string {
  const attempts = `${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'}`;
  switch (stateOf(delivery)) {
    case 'acknowledged':
      return `acknowledged at ${new Date(delivery.acknowledgedAt ?? '').toLocaleTimeString()}`;
    case 'failed':
      return `failed after ${attempts}`;
    case 'pending':
      return delivery.nextAttemptAt && delivery.attempts > 0
        ? `pending, ${attempts}, next at ${new Date(delivery.nextAttemptAt).toLocaleTimeString()}`
        : `pending, ${attempts}`;
  }
}

/**
 * The panel that shows, live, which downstream systems received the person's latest change:
 * after each `px-change` it finds the change's ledger event and subscribes to its
 * `propagationProgress`; the gateway sends each system's delivery as the relay records it.
 */
export function wirePropagationPanel(gatewayUrl: string, panel: { state: HTMLElement; systems: HTMLElement }): void {
  let stop: (() => void) | undefined;
  let following = 0;

  const show = (deliveries: Delivery[]) => {
    const items = deliveries.map((delivery) => {
      const item = document.createElement('li');
      item.dataset.system = delivery.systemKey;
      item.dataset.state = stateOf(delivery);
      item.textContent = `${delivery.systemName}: ${describe(delivery)}`;
      return item;
    });
    panel.systems.replaceChildren(...items);
    panel.state.textContent =
      deliveries.length === 0 ? 'Following your change: no system has it yet.' : 'Following your change, live.';
  };
  const failed = (error: unknown) => {
    const reason = error instanceof Error ? error.message : 'the gateway refused it';
    panel.state.textContent = `The propagation of your change could not be followed: ${reason}`;
  };

  document.addEventListener('px-change', (event) => {
    const token = sessionStore.current?.accessToken;
    if (!token) return;
    stop?.();
    stop = undefined;
    following += 1;
    const change = following;
    panel.state.textContent = 'Following your change…';
    new GraphQLClient(gatewayUrl, token)
      .request(LatestChangeDocument, { subjectId: (event as CustomEvent<ChangeDetail>).detail.subjectId })
      .then(({ preferenceHistory }) => {
        const eventId = preferenceHistory.edges[0]?.node.id;
        // Another change came meanwhile: that one is followed.
        if (change !== following || !eventId) return;
        stop = subscribeLive(
          gatewayUrl,
          token,
          PropagationProgressDocument,
          { eventId },
          (data) => show(data.propagationProgress),
          failed,
        );
      })
      .catch(failed);
  });
  document.addEventListener('px-signed-out', () => {
    stop?.();
    stop = undefined;
    following += 1;
    panel.systems.replaceChildren();
    panel.state.textContent = 'Sign in and change a choice to see it reach the systems.';
  });
}
