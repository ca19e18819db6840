import { createInstance } from '@module-federation/enhanced/runtime';
import { builtWidgetsUrl } from './built-widgets-url.js';
import { gatewayEndpoint, gatewayUrlFrom } from './gateway-url.js';
import { wireLanguageAndTheme } from './theme-and-language.js';

/** A plain host page (no bundler plugin) loading the widgets' federation remote at run time. */
const manifest = `${builtWidgetsUrl(window.location.search, window.location.origin)}/federation/mf-manifest.json`;
const gateway = gatewayEndpoint(gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__), '');
const status = document.getElementById('remote-status') as HTMLElement;
(document.getElementById('remote-entry') as HTMLElement).textContent = manifest;

wireLanguageAndTheme(
  document.getElementById('language-switch') as HTMLSelectElement,
  document.getElementById('theme-toggle') as HTMLButtonElement,
);
for (const widget of document.querySelectorAll('px-sign-in, px-privacy-center')) {
  widget.setAttribute('gateway-url', gateway);
}

const federation = createInstance({
  name: 'demo_host',
  remotes: [{ name: 'proximus_privacy', entry: manifest }],
});
try {
  await federation.loadRemote('proximus_privacy/widgets');
  status.dataset.state = 'loaded';
  status.textContent = 'The widgets are loaded.';
} catch (error) {
  status.dataset.state = 'failed';
  status.textContent = `The widgets could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
}
