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
import { findApi, type Found } from './find-api.ts';

export { findApi };

/** The names of the data model fields that differ between the versions. */
const KEYS = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    entry: 'cmi.core.entry',
    learner: 'cmi.core.student_id',
    mode: 'cmi.core.lesson_mode',
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
    learner: 'cmi.learner_id',
    mode: 'cmi.mode',
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

  /** The platform's answer, or null when the call threw (logged here, so not again). */
  private call(name: string, run: () => string): string | null {
    try {
      return String(run());
    } catch (error) {
      this.log(name, '-1', error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  private check(name: string, out: string | null): boolean {
    if (out === 'true') return true;
    if (out === null) return false;
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
    return (
      this.call('GetLastError', () => (f.version === '1.2' ? f.api.LMSGetLastError() : f.api.GetLastError())) ?? ''
    );
  }

  private errorText(code: string): string {
    const f = this.found;
    return (
      this.call('GetErrorString', () =>
        f.version === '1.2' ? f.api.LMSGetErrorString(code) : f.api.GetErrorString(code),
      ) ?? ''
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
    if (out === null) return '';
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
