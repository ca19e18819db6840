import { gatewayEndpoint, gatewayUrlFrom } from './gateway-url.js';
import { wireLanguageAndTheme } from './theme-and-language.js';
import '../src/office.js';

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The office page has no #${id}`);
  return found as Type;
}

const gateway = gatewayEndpoint(gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__), '');
for (const widget of document.querySelectorAll('px-sign-in, px-office-queue, px-office-request')) {
  widget.setAttribute('gateway-url', gateway);
}
element<HTMLAnchorElement>('gateway-outbox-link').href = `${gateway}/dev/outbox`;

const queue = element<HTMLElement & { refresh(): Promise<void> }>('office-queue');
const request = element('office-request');
// The queue opens a request on the request screen; a step taken there shows in the queue.
queue.addEventListener('px-office-open', (event) => {
  request.setAttribute('request-id', event.detail.requestId);
  request.scrollIntoView({ block: 'start' });
});
request.addEventListener('px-office-step', () => void queue.refresh());

wireLanguageAndTheme(element('language-switch'), element('theme-toggle'));
