import { gatewayEndpoint, gatewayUrlFrom } from './gateway-url.js';
import { wireLanguageAndTheme } from './theme-and-language.js';
import '../src/office.js';

/** The element of the staff page with this id. */
export function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The staff page has no #${id}`);
  return found as Type;
}

/** What both staff pages do: their widgets and outbox link on the page's gateway, the language switch and theme. */
export function wireStaffPage(widgets: string): void {
  const gateway = gatewayEndpoint(gatewayUrlFrom(window.location.search, __PX_DEFAULT_GATEWAY_URL__), '');
  for (const widget of document.querySelectorAll(widgets)) widget.setAttribute('gateway-url', gateway);
  element<HTMLAnchorElement>('gateway-outbox-link').href = `${gateway}/dev/outbox`;
  wireLanguageAndTheme(element('language-switch'), element('theme-toggle'));
}
