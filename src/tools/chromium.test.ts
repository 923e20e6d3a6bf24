import { describe, expect, it } from 'vitest';
import { CHROMIUM, HEADLESS_SHELL, testChromiumPath } from './chromium.ts';

describe('the browser tests’ Chromium', () => {
  it('is the headless shell where Debian’s package has installed it', () => {
    expect(testChromiumPath({}, (path) => path === HEADLESS_SHELL)).toBe(HEADLESS_SHELL);
  });

  it('is the full browser where the shell is not installed, so a machine with only chromium still runs them', () => {
    expect(testChromiumPath({}, () => false)).toBe(CHROMIUM);
  });

  it('is whatever CHROMIUM_PATH names, shell or not', () => {
    expect(testChromiumPath({ CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome');
  });
});
