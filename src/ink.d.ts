/** `.ink` files are compiled to ink JSON at build time (src/tools/vite-plugin-ink.ts). */
declare module '*.ink' {
  const story: Record<string, unknown>;
  export default story;
}

/** ZzFX ships plain JavaScript. */
declare module 'zzfx' {
  export function zzfx(...parameters: (number | undefined)[]): unknown;
}
