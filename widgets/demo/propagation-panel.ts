import type { ChangeDetail } from '../src/events/px-events.js';
import { PropagationStatusDocument, type PropagationStatusQuery } from '../src/graphql/generated.js';
import { GraphQLClient } from '../src/graphql/graphql-client.js';
import { sessionStore } from '../src/session/session-store.js';

type SystemStatus = PropagationStatusQuery['propagationStatus'][number];

/** After a change, the page asks every second, for this long, where it stands. */
const followMs = 20_000;
const everyMs = 1000;

/**
 * The panel that shows, live, which downstream systems received the person's latest change:
 * after each `px-change` it polls `propagationStatus` of the changed subject (the person or a
 * line) and lists each system with its acknowledged and pending changes.
 */
export function wirePropagationPanel(gatewayUrl: string, panel: { state: HTMLElement; systems: HTMLElement }): void {
  let following: { subjectId: string; until: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (systems: SystemStatus[]) => {
    const items = systems.map((system) => {
      const item = document.createElement('li');
      item.dataset.system = system.systemKey;
      item.dataset.acknowledged = String(system.acknowledged);
      item.dataset.pending = String(system.pending);
      const last = system.lastAcknowledgedAt
        ? `, last at ${new Date(system.lastAcknowledgedAt).toLocaleTimeString()}`
        : '';
      const failed = system.failed > 0 ? `, ${system.failed} failed` : '';
      item.textContent = `${system.systemName}: ${system.acknowledged} acknowledged, ${system.pending} pending${failed}${last}`;
      return item;
    });
    panel.systems.replaceChildren(...items);
  };

  const poll = async () => {
    timer = undefined;
    const token = sessionStore.current?.accessToken;
    if (!following || !token) return;
    try {
      const { propagationStatus } = await new GraphQLClient(gatewayUrl, token).request(PropagationStatusDocument, {
        subjectId: following.subjectId,
      });
      show(propagationStatus);
      if (propagationStatus.length === 0) panel.state.textContent = 'Following your change: no system has it yet.';
    } catch (error) {
      panel.state.textContent = `The propagation status could not be read: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() < following.until) timer = setTimeout(() => void poll(), everyMs);
    else
      panel.state.textContent = 'Stopped following (20 seconds after your change). Make another change to follow it.';
  };

  document.addEventListener('px-change', (event) => {
    following = { subjectId: (event as CustomEvent<ChangeDetail>).detail.subjectId, until: Date.now() + followMs };
    panel.state.textContent = 'Following your change for 20 seconds…';
    if (timer) clearTimeout(timer);
    void poll();
  });
  document.addEventListener('px-signed-out', () => {
    following = undefined;
    if (timer) clearTimeout(timer);
    timer = undefined;
    panel.systems.replaceChildren();
    panel.state.textContent = 'Sign in and change a choice to see it reach the systems.';
  });
}
