/** Replaced by the demo server (see `define` in vite.config.ts): the gateway to use without `?gateway=`. */
declare const __PX_DEFAULT_GATEWAY_URL__: string;
/** Replaced by the demo server: the demo receiver of the downstream systems' webhooks (DEMO_RECEIVER_PORT). */
declare const __PX_DEMO_RECEIVER_URL__: string;
