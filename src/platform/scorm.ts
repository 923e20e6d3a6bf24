/**
 * The game inside a learning platform, over SCORM 1.2 or SCORM 2004 (issue 13).
 *
 * The platform puts its API object on a window above the game's: `API` for
 * SCORM 1.2, `API_1484_11` for 2004. The standard discovery looks up the
 * chain of parent frames, then the window that opened this one. With an API,
 * the game tells the platform where the learner is, what they decided (one
 * interaction per decision), when they finished and with what score, and
 * keeps the run in the suspend data so that the learner resumes anywhere.
 *
 * A platform that refuses a call never stops play: the error code and its
 * text are logged, the game's own save in the browser carries on, and the
 * next commit tries again.
 */
import type { ScormVersion } from './scorm-data.ts';

/** The calls a SCORM 1.2 platform offers. */
interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The calls a SCORM 2004 platform offers. */
interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

type Found = { version: '1.2'; api: Api12 } | { version: '2004'; api: Api2004 };

interface ApiWindow {
  API?: Api12;
  API_1484_11?: Api2004;
  parent: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** Look for a platform's API: this window and its parents (at most 500 up), then the opener's. */
export function findApi(start: ApiWindow): Found | null {
  const search = (from: ApiWindow | null | undefined): Found | null => {
    let win = from;
    for (let depth = 0; win && depth < 500; depth++) {
      try {
        if (win.API_1484_11 && typeof win.API_1484_11.Initialize === 'function')
          return { version: '2004', api: win.API_1484_11 };
        if (win.API && typeof win.API.LMSInitialize === 'function') return { version: '1.2', api: win.API };
      } catch {
        return null; // a frame from another site: no API for us up there
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  try {
    return search(start) ?? search(start.opener);
  } catch {
    return null;
  }
}

/** The names of the data model fields that differ between the versions. */
const KEYS = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    entry: 'cmi.core.entry',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    response: 'student_response',
  },
  '2004': {
    location: 'cmi.location',
    entry: 'cmi.entry',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    response: 'learner_response',
  },
} as const;

/** One of the platform's errors, as the log keeps it. */
export interface ScormError {
  call: string;
  code: string;
  text: string;
}

/** The API behind one set of names, whichever version the platform speaks. */
export class Scorm {
  readonly version: ScormVersion;
  private readonly found: Found;
  private open = false;
  /** The platform's refusals, newest last (also written to the console). */
  readonly errors: ScormError[] = [];

  /** The names of the data model fields that differ between the versions. */
  readonly keys: (typeof KEYS)[ScormVersion];

  constructor(found: Found) {
    this.found = found;
    this.version = found.version;
    this.keys = KEYS[found.version];
  }

  private call(name: string, run: () => string): string {
    let out: string;
    try {
      out = String(run());
    } catch (error) {
      this.log(name, '-1', error instanceof Error ? error.message : String(error));
      return '';
    }
    return out;
  }

  private check(name: string, out: string): boolean {
    if (out === 'true') return true;
    const code = this.lastError();
    this.log(name, code, this.errorText(code));
    return false;
  }

  private log(call: string, code: string, text: string): void {
    this.errors.push({ call, code, text });
    if (this.errors.length > 50) this.errors.shift();
    console.warn(`Learning platform refused ${call}: error ${code} (${text}). Play carries on.`);
  }

  private lastError(): string {
    const f = this.found;
    return this.call('GetLastError', () => (f.version === '1.2' ? f.api.LMSGetLastError() : f.api.GetLastError()));
  }

  private errorText(code: string): string {
    const f = this.found;
    return this.call('GetErrorString', () =>
      f.version === '1.2' ? f.api.LMSGetErrorString(code) : f.api.GetErrorString(code),
    );
  }

  initialize(): boolean {
    const f = this.found;
    this.open = this.check(
      'Initialize',
      this.call('Initialize', () => (f.version === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize(''))),
    );
    return this.open;
  }

  get(key: string): string {
    const f = this.found;
    const out = this.call(`GetValue(${key})`, () =>
      f.version === '1.2' ? f.api.LMSGetValue(key) : f.api.GetValue(key),
    );
    if (out === '') {
      const code = this.lastError();
      // 0: the value is simply empty. Anything else is a refusal worth logging.
      if (code !== '0' && code !== '') this.log(`GetValue(${key})`, code, this.errorText(code));
    }
    return out;
  }

  set(key: string, value: string): boolean {
    const f = this.found;
    return this.check(
      `SetValue(${key})`,
      this.call(`SetValue(${key})`, () =>
        f.version === '1.2' ? f.api.LMSSetValue(key, value) : f.api.SetValue(key, value),
      ),
    );
  }

  commit(): boolean {
    const f = this.found;
    return this.check(
      'Commit',
      this.call('Commit', () => (f.version === '1.2' ? f.api.LMSCommit('') : f.api.Commit(''))),
    );
  }

  finish(): boolean {
    if (!this.open) return false;
    const f = this.found;
    this.open = false;
    return this.check(
      'Terminate',
      this.call('Terminate', () => (f.version === '1.2' ? f.api.LMSFinish('') : f.api.Terminate(''))),
    );
  }

  get isOpen(): boolean {
    return this.open;
  }
}
