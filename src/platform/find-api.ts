/**
 * Finding a learning platform's SCORM API above this page (issue 13): this
 * window and its parents, then the window that opened it. Its own small
 * module, so the title drawn before the game loads can tell it is inside a
 * platform without loading the rest of the SCORM code.
 */
/** The calls a SCORM 1.2 platform offers. */
export interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The calls a SCORM 2004 platform offers. */
export interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export type Found = { version: '1.2'; api: Api12 } | { version: '2004'; api: Api2004 };

export interface ApiWindow {
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
