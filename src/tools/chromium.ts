/** Headless Debian Chromium for the browser tests and the bench (no browser downloads work here). */
import { chromium, type Browser, type Page } from 'playwright-core';

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

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

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
