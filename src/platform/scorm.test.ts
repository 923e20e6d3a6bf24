import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scorm } from './scorm.ts';
import type { Api12 } from './find-api.ts';

afterEach(() => vi.restoreAllMocks());

/** A SCORM 1.2 platform whose calls throw (a broken wrapper), and which says "no error" when asked. */
const throwing = (): Api12 => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => {
    throw new Error('wrapper lost');
  },
  LMSSetValue: () => {
    throw new Error('wrapper lost');
  },
  LMSCommit: () => {
    throw new Error('wrapper lost');
  },
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => 'No Error',
});

describe('a platform whose calls throw', () => {
  it('logs each refusal once, with what was thrown, and play carries on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const scorm = new Scorm({ version: '1.2', api: throwing() });
    expect(scorm.initialize()).toBe(true);
    expect(scorm.get('cmi.suspend_data')).toBe('');
    expect(scorm.set('cmi.core.lesson_location', 'week 1')).toBe(false);
    expect(scorm.commit()).toBe(false);
    // One line each (it was two, the second "error 0 (No Error)" from asking the platform after the throw).
    expect(scorm.errors.map((e) => [e.call, e.code, e.text])).toEqual([
      ['GetValue(cmi.suspend_data)', '-1', 'wrapper lost'],
      ['SetValue(cmi.core.lesson_location)', '-1', 'wrapper lost'],
      ['Commit', '-1', 'wrapper lost'],
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
