/** Headless Debian Chromium for the browser tests and the bench (no browser downloads work here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's full Chromium: what the bench measures, as a player's browser. */
export const CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's `chromium-headless-shell`: the same Chromium (same version, same Blink and V8) without the
 * browser's own windows and their UI, which Playwright itself runs headless tests in by default. The full
 * browser opens a window for every context and spends a renderer on its address bar's WebUI popup. On a
 * browser file of 15 tests (lessons), Chromium used 48 CPU-seconds in the shell against 88 in the full
 * browser, and the file took 45 s against 61 (3 December).
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Flags for a closed network and no GPU (see DESIGN.md §4). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with this project's flags: by default the bench's, `CHROMIUM_PATH` or Debian's full browser. */
export function launchChromium(
  extraArgs: readonly string[] = [],
  executablePath: string = process.env.CHROMIUM_PATH ?? CHROMIUM,
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The browser tests' binary: `CHROMIUM_PATH`, else the headless shell where it is installed, else the full browser. */
export function testChromiumPath(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  return env.CHROMIUM_PATH ?? (exists(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
}

/** The browser tests' browser (see `testChromiumPath`). */
export const launchTestChromium = (extraArgs: readonly string[] = []): Promise<Browser> =>
  launchChromium(extraArgs, testChromiumPath());

/**
 * Put items in a page's localStorage before its first load, and not again on
 * a reload, so what the game writes itself survives the reload.
 */
export async function seedStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of entries) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, Object.entries(items));
}
