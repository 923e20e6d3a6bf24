/// <reference types="vite-plugin-pwa/vanillajs" />
/** The service worker's registration, from vite-plugin-pwa (src/platform/offline.ts). */
export {};
