import { builtWidgetsUrl } from './built-widgets-url.js';
import { gatewayEndpoint, gatewayUrlFrom } from './gateway-url.js';

/** A host page using single widgets from the plain ES module, with a token it provides as a property. */
const moduleUrl = `${builtWidgetsUrl(window.location.search, window.location.origin)}/module/proximus-privacy-widgets.js`;
const gateway = gatewayEndpoint(gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__), '');
const status = document.getElementById('module-status') as HTMLElement;
const widgets = [...document.querySelectorAll('main section > *')].filter(
  (element): element is HTMLElement & { accessToken?: string } => element.localName.startsWith('px-'),
);
(document.getElementById('module-url') as HTMLElement).textContent = moduleUrl;
for (const widget of widgets) widget.setAttribute('gateway-url', gateway);

document.getElementById('token-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = String(new FormData(event.currentTarget as HTMLFormElement).get('token')).trim();
  for (const widget of widgets) widget.accessToken = token;
});

const script = document.createElement('script');
script.type = 'module';
script.src = moduleUrl;
script.addEventListener('load', () => {
  status.dataset.state = 'loaded';
  status.textContent = 'The widgets are loaded.';
});
script.addEventListener('error', () => {
  status.dataset.state = 'failed';
  status.textContent = 'The widgets could not be loaded: is the widgets server running, and does it send CORS headers?';
});
document.head.append(script);
