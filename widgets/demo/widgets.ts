import { gatewayEndpoint, gatewayUrlFrom } from './gateway-url.js';
import '../src/index.js';

/** The single-widgets page: each element on its own, and a log of the events they fire. */
const gateway = gatewayEndpoint(gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__), '');
for (const widget of document.querySelectorAll('main *')) {
  if (widget.localName.startsWith('px-')) widget.setAttribute('gateway-url', gateway);
}

const log = document.getElementById('events');
for (const name of ['px-change', 'px-request-filed', 'px-signed-in', 'px-signed-out'] as const) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log?.append(item);
  });
}
