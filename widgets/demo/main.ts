import { checkGateway, type GatewayStatus } from './gateway-status.js';
import { gatewayEndpoint, gatewayUrlFrom, receiverUrlFrom } from './gateway-url.js';
import { wirePropagationPanel } from './propagation-panel.js';
import { wireLanguageAndTheme } from './theme-and-language.js';
import '../src/index.js';
import '../src/cookie-consent.js';

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The demo page has no #${id}`);
  return found as Type;
}

const status = element<HTMLParagraphElement>('gateway-status');
const recheck = element<HTMLButtonElement>('gateway-recheck');

function show(state: 'checking' | 'reachable' | 'unreachable', text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

function showStatus(result: GatewayStatus): void {
  if (result.reachable) show('reachable', 'Gateway reachable');
  else show('unreachable', `Gateway unreachable: ${result.reason}`);
}

async function check(gateway: URL): Promise<void> {
  recheck.disabled = true;
  show('checking', 'Checking the gateway…');
  showStatus(await checkGateway(gateway, window.location.origin));
  recheck.disabled = false;
}

function start(): void {
  let gateway: URL;
  try {
    gateway = gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__);
  } catch (error) {
    recheck.disabled = true;
    show('unreachable', `Gateway address not usable: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  element('gateway-url').textContent = gatewayEndpoint(gateway, '');
  for (const widget of document.querySelectorAll('px-sign-in, px-privacy-center, px-cookie-consent')) {
    widget.setAttribute('gateway-url', gatewayEndpoint(gateway, ''));
  }
  element<HTMLAnchorElement>('gateway-graphql-link').href = gatewayEndpoint(gateway, '/graphql');
  element<HTMLAnchorElement>('gateway-outbox-link').href = gatewayEndpoint(gateway, '/dev/outbox');
  element<HTMLAnchorElement>('receiver-link').href =
    `${receiverUrlFrom(window.location.search, __PX_DEMO_RECEIVER_URL__)}/received`;
  wirePropagationPanel(gatewayEndpoint(gateway, ''), {
    state: element('propagation-state'),
    systems: element('propagation-systems'),
  });
  recheck.addEventListener('click', () => void check(gateway));
  void check(gateway);
}

wireLanguageAndTheme(element('language-switch'), element('theme-toggle'));
element('cookie-settings').addEventListener('click', () => window.pxConsent?.open());
start();
