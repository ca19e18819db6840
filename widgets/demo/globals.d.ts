/** Replaced by the demo server (see `define` in vite.config.ts): the gateway to use without `?gateway=`. */
declare const __PX_DEFAULT_GATEWAY_URL__: string;
