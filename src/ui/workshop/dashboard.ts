/**
 * The room dashboard (issue 12): built for a projector. Results come in by
 * the laptop's camera (QR codes on players' screens), by pictures of those
 * codes, by run files dropped on it, by typed short codes and pasted result
 * text, or from a learning record store the room's games report to. Each is replayed through the engine (`read/room.ts`) a task
 * at a time, so the page keeps answering while a full room comes in, and the
 * room is kept in this browser's storage, so a reload loses nothing.
 */
import story from '../../../stories/main.ink';
import { parseRuns, type RunRecord } from '../../engine/read/record.ts';
import { Game } from '../../engine/run/game.ts';
import {
  addEntry,
  decisionsCsv,
  entryOfCode,
  finished,
  playersCsv,
  replayRecord,
  replayResult,
  roomView,
  wallCounts,
  type DecisionTally,
  type WallCount,
  type OptionTally,
  type PlayerEntry,
  type RoomContext,
  type RoomView,
  type TakeIn,
} from '../../engine/read/room.ts';
import { findResults, joinParts, readPart, readShortCode, type ResultPart } from '../../engine/read/result.ts';
import { termById } from '../../engine/rules/glossary.ts';
import { ordinal } from '../../engine/rules/prose.ts';
import { ROLES, TRUST_GROUPS, WORKSHOP_WEEKS, type HeadlineMeter, type Role } from '../../engine/rules/types.ts';
import { headline, START_METERS } from '../../engine/rules/meters.ts';
import { dataTable, download, fileStamp, h, tr } from '../dom.ts';
import { endFrom, METER_LABEL, signed, TARGET_LABEL } from '../format.ts';
import { fullScreenButton, joinCodes, preloadQrReader, qrProblem, qrReader, readQr, readQrFile } from './qr.ts';
import { followProjector } from '../settings.ts';
import { baseUrl, joinTargets, workshopLink, type WorkshopSession } from './session.ts';
import { keptSession } from './setup.ts';
import { STORE_SOURCE, storeIntake } from './store-intake.ts';

/** Who played which role in the game: not their day jobs (the guide nudges people to play the other side). */
const ROLE_PLURAL: Record<Role, string> = {
  clinician: 'Played as clinician leader',
  manager: 'Played as operational manager',
};
/** The same counts in a room with pairs, where each pair played both roles and one of them led. */
const LED_AS: Record<Role, string> = {
  clinician: 'Led as clinician leader (alone or in a pair)',
  manager: 'Led as operational manager (alone or in a pair)',
};
const ROOM_KEY = (id: string): string => `common-ground.room.${id}`;
const ROOM_VERSION = 1;
const CAMERA = 'the camera';

/** Something handed in, waiting its turn to be read. */
type Job =
  | { kind: 'text'; text: string; from: string }
  | { kind: 'file'; file: File }
  | { kind: 'record'; record: RunRecord; from: string };

/** Run files hold up to 50 whole runs of about 150 kB each; anything much larger is not one. */
const MAX_FILE = 20_000_000;

/** The first characters of a code or a result, quoted, so the facilitator can find it among the rest. */
const opening = (text: string, length = 10): string => {
  const t = text.trim();
  return `“${t.length > length + 1 ? `${t.slice(0, length)}…` : t}”`;
};

export interface Dashboard {
  element: HTMLElement;
  /** Take in result text, a short code or a file (what the inputs on the page do; tests use it too). */
  takeText(text: string, from?: string): void;
  takeFiles(files: readonly File[]): void;
  /** Resolves when everything handed in so far has been read. */
  idle(): Promise<void>;
  destroy(): void;
}

/** The room as kept: its results, and when it was last cleared (so another window's copy is not put back). */
interface StoredRoom {
  entries: PlayerEntry[];
  clearedAt: number;
  problem: string | null;
}

function loadRoom(storage: Storage | null, id: string): StoredRoom {
  let text: string | null;
  try {
    text = storage?.getItem(ROOM_KEY(id)) ?? null;
  } catch {
    return { entries: [], clearedAt: 0, problem: null };
  }
  if (text === null) return { entries: [], clearedAt: 0, problem: null };
  try {
    const parsed = JSON.parse(text) as { version?: unknown; entries?: unknown; clearedAt?: unknown };
    const clearedAt = typeof parsed.clearedAt === 'number' && Number.isFinite(parsed.clearedAt) ? parsed.clearedAt : 0;
    if (parsed.version === ROOM_VERSION && Array.isArray(parsed.entries)) {
      const ok = parsed.entries.every(
        (e: unknown) =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as PlayerEntry).key === 'string' &&
          ROLES.includes((e as PlayerEntry).role),
      );
      if (ok) return { entries: parsed.entries as PlayerEntry[], clearedAt, problem: null };
    }
  } catch {
    // fall through: kept aside below
  }
  try {
    storage?.setItem(`${ROOM_KEY(id)}.damaged.${Date.now()}`, text);
  } catch {
    // No room to keep it aside: it stays under its own key, which this page will not write until told.
    return {
      entries: [],
      clearedAt: 0,
      problem:
        'The results kept for this session could not be read, and there is no room to keep a copy aside. Nothing will be written over them; download them below before you clear the room.',
    };
  }
  return {
    entries: [],
    clearedAt: 0,
    problem:
      'The results kept for this session could not be read. They have been kept aside in this browser; the room starts empty.',
  };
}

export function dashboardPage(session: WorkshopSession, storage: Storage | null): Dashboard {
  // One headless game replays every result: reading the story afresh for each would cost more than the replay.
  const ctx: RoomContext = {
    session: session.id,
    story,
    seed: session.seed,
    ...(session.weeks === WORKSHOP_WEEKS ? { weeks: WORKSHOP_WEEKS } : {}),
    game: new Game({ story, slot: null, slotUnavailable: 'a dashboard replay', asides: false }),
  };
  // The dashboard is where codes are read: fetch the reader while the room's wifi is there to fetch it.
  preloadQrReader();
  const loaded = loadRoom(storage, session.id);
  let entries = loaded.entries;
  let clearedAt = loaded.clearedAt;
  let holdStorage = loaded.problem !== null && loaded.problem.includes('Nothing will be written');
  let revealed = false;
  let allOpen = false;
  /** Projected to the room: the intake is folded away, and no count under three is shown (it can point at a person). */
  let projector = false;
  const FEW = 3;
  const hidden = (n: number): boolean => projector && n > 0 && n < FEW;
  // "1 or 2" (FEW is three): "under 3 of 3" read as a slip in front of a room, and hid no more.
  const few = (n: number): string => (hidden(n) ? '1 or 2' : String(n));
  /**
   * A bar's width for `n` of `max`. On the projector a one and a two are drawn alike, half-way between
   * them and hatched: a bar as long as the count would show the count the words beside it hide.
   */
  const barStyle = (n: number, max: number, w: WallCount = hidden(n) ? 'few' : 'exact'): string =>
    `width: ${(100 * (w === 'few' ? 1.5 : w === 'many' ? 3 : n)) / Math.max(1, max)}%`;
  const barClass = (role: Role, n: number, w: WallCount = hidden(n) ? 'few' : 'exact'): string =>
    `bar bar-${role}${w === 'exact' ? '' : ' bar-few'}`;
  /**
   * How each count of a partition whose total the room can see is written: on the projector as `wallCounts`
   * has it (no one or two, and none the total would give away; null: the partition is not shown), off it
   * exactly.
   */
  const wall = (cells: readonly number[]): WallCount[] | null =>
    projector ? wallCounts(cells) : cells.map(() => 'exact' as const);
  const written = (n: number, w: WallCount): string =>
    w === 'few' ? '1 or 2' : w === 'many' ? '3 or more' : String(n);
  const queue: Job[] = [];
  let working = false;
  let waiters: (() => void)[] = [];
  const parts = new Map<string, ResultPart[]>();
  /** Results the camera has already read whole: a phone held up a moment longer is not read again. */
  const seenByCamera = new Set<string>();

  const heading = h('h1', { tabindex: -1, id: 'dash-heading' }, `Room dashboard · session ${session.id}`);
  const log = h('ul', { class: 'intake-log', 'aria-live': 'polite', 'aria-label': 'Results as they come in' });
  const progress = h('p', { class: 'intake-progress', role: 'status' });
  const storeNote = h(
    'p',
    { class: 'notice notice-warning', role: 'alert', hidden: !loaded.problem },
    loaded.problem ?? '',
  );
  const view = h('div', { class: 'room-view' });

  /** How many things handed in have been refused, so a typed code refused can be put back to mend. */
  let refusals = 0;
  /** Results taken in here since the room was last saved: a clear in another window meanwhile keeps them. */
  let unsaved: PlayerEntry[] = [];
  const say = (text: string, kind: 'ok' | 'refused' | 'info' = 'ok'): void => {
    if (kind === 'refused') refusals++;
    log.prepend(h('li', { class: `intake-${kind}` }, text));
    while (log.children.length > 8) log.lastElementChild?.remove();
  };

  /**
   * What another window of this dashboard (the projector's, or the link opened twice) has kept for the session
   * since this one last looked: its results join these, never written over; a room it cleared is cleared here.
   */
  const mergeStored = (): 'cleared' | 'merged' | null => {
    if (holdStorage) return null;
    const stored = loadRoom(storage, session.id);
    if (stored.problem) return null;
    let changed: 'cleared' | 'merged' | null = null;
    if (stored.clearedAt > clearedAt) {
      clearedAt = stored.clearedAt;
      entries = [];
      for (const e of unsaved) entries = addEntry(entries, e).entries;
      changed = 'cleared';
    }
    for (const e of stored.entries) {
      const added = addEntry(entries, e);
      if (added.outcome === 'duplicate') continue;
      entries = added.entries;
      changed ??= 'merged';
    }
    return changed;
  };

  const save = (): void => {
    if (holdStorage) return;
    if (mergeStored() === 'cleared')
      say(
        `The room was cleared in another window of this dashboard${unsaved.length ? '; the results taken in here since are kept' : ''}.`,
        'info',
      );
    unsaved = [];
    try {
      storage?.setItem(ROOM_KEY(session.id), JSON.stringify({ version: ROOM_VERSION, entries, clearedAt }));
    } catch {
      storeNote.hidden = false;
      storeNote.textContent =
        'This browser’s storage is full, so the room is kept only while this page is open. Export the CSV before you close it.';
    }
  };

  const describe = (e: PlayerEntry): string =>
    `${e.role === 'clinician' ? 'a clinician leader' : 'an operational manager'} (${finished(e) ? 'finished' : `week ${e.week}`}${e.source === 'code' ? ', short code' : ''})`;

  /**
   * `what`, when given, names the code or result refused, by its first characters: from a chat
   * of thirty codes the facilitator must know whose to ask for again.
   */
  const accept = (taken: TakeIn, from: string, what?: string): void => {
    if (!taken.ok) {
      say(`Refused ${what ? `${what} from ` : ''}${from}: ${taken.reason}.`, 'refused');
      return;
    }
    const added = addEntry(entries, taken.entry);
    entries = added.entries;
    if (added.outcome !== 'duplicate') unsaved.push(taken.entry);
    if (added.outcome === 'added') say(`Added ${describe(taken.entry)} from ${from}.`);
    // A store brings each player's result again every week they play: its own status line counts those, and the
    // log (read aloud as it changes) keeps to players joining, refusals and results handed in by hand.
    else if (added.outcome === 'completed') {
      if (from !== STORE_SOURCE)
        say(`Now with their choices: ${describe(taken.entry)}, whose full result replaced their short code.`);
    } else if (added.outcome === 'updated') {
      if (from !== STORE_SOURCE) say(`Updated ${describe(taken.entry)}: a later result from the same player.`);
    } else say(`Already counted: ${describe(taken.entry)} handed in the same result again.`, 'info');
  };

  /**
   * Text: a result (whole or one of its parts), a short code, or a chat or an email pasted whole
   * with any number of each among other words; each is taken in on its own.
   */
  const readText = (text: string, from: string): void => {
    const found = findResults(text);
    const codes = [...found.codes, ...found.maybe.filter((m) => readShortCode(m).ok)];
    if (found.parts.length + codes.length === 0) {
      // Nothing that looks like a result: say why the text is not a short code, or that it is neither.
      const code = readShortCode(text.trim());
      const length = text.replace(/[\s-]/g, '').length;
      accept(
        code.ok
          ? entryOfCode(ctx, code.value)
          : length === 16
            ? code
            : {
                ok: false,
                reason: `it is neither a short code (16 characters; this has ${length}) nor a result (a result starts “CG:”)`,
              },
        from,
      );
      return;
    }
    // The camera reads one code at a time and asks for the next; pasted text is said once a result, not once a part.
    const camera = from === CAMERA;
    for (const part of found.parts) readPartText(part.toUpperCase(), from, !camera);
    const tags = new Set(found.parts.map((p) => readPart(p.toUpperCase())).flatMap((p) => (p.ok ? [p.value.tag] : [])));
    if (!camera)
      for (const tag of tags) {
        const have = parts.get(tag);
        if (have?.length)
          say(
            `Read ${have.length} of the ${have[0]!.count} parts of a result from ${from}: add the others to complete it.`,
            'info',
          );
      }
    for (const code of codes) {
      const read = readShortCode(code);
      accept(read.ok ? entryOfCode(ctx, read.value) : read, from, `the short code ${opening(code)}`);
    }
  };

  /** One result part (`CG:1/2:TAG:…`): kept until the rest of its result is in. */
  const readPartText = (text: string, from: string, quiet = false): void => {
    const part = readPart(text);
    if (!part.ok) {
      say(`Refused the result ${opening(text, 11)} from ${from}: ${part.reason}.`, 'refused');
      return;
    }
    const camera = from === CAMERA;
    if (camera && seenByCamera.has(part.value.tag)) return;
    const have = (parts.get(part.value.tag) ?? []).filter((p) => p.index !== part.value.index);
    have.push(part.value);
    parts.set(part.value.tag, have);
    const whole = joinParts(have);
    if (!whole) {
      if (quiet) return;
      say(`Read code ${part.value.index} of ${part.value.count}: show the next one.`, 'info');
      return;
    }
    parts.delete(part.value.tag);
    if (camera) seenByCamera.add(part.value.tag);
    accept(
      whole.ok ? replayResult(ctx, whole.value) : whole,
      from,
      `the result ${opening(`CG:1/${part.value.count}:${part.value.tag}:`, 11)}`,
    );
  };

  const readFile = async (file: File): Promise<void> => {
    const from = `the file “${file.name}”`;
    if (file.size > MAX_FILE) {
      say(`Refused ${from}: it is too large to be a run file or a result.`, 'refused');
      return;
    }
    if (file.type.startsWith('image/')) {
      const read = await readQrFile(file).then(
        (text) => ({ text }),
        (error: unknown) => ({ problem: qrProblem(error) }),
      );
      if ('problem' in read) say(`Could not read ${from}. ${read.problem}`, 'refused');
      else if (read.text === null)
        say(
          `No QR code could be read in ${from}. Try a sharper picture with the whole code in it, or type the short code.`,
          'refused',
        );
      else readText(read.text, from);
      return;
    }
    const text = await file.text();
    if (/^\s*CG:/i.test(text)) {
      readText(text, from);
      return;
    }
    const runs = parseRuns(text);
    if (!runs.ok) {
      say(`Refused ${from}: ${runs.reason}.`, 'refused');
      return;
    }
    // Each run is replayed in a task of its own, next in line, so a file of fifty keeps the page answering.
    queue.unshift(...runs.runs.map((record) => ({ kind: 'record' as const, record, from })));
  };

  const readRecord = (record: RunRecord, from: string): void => {
    accept(replayRecord(ctx, record), from);
  };

  let renderTimer: ReturnType<typeof setTimeout> | undefined;
  const renderSoon = (): void => {
    if (renderTimer !== undefined) return;
    renderTimer = setTimeout(
      () => {
        renderTimer = undefined;
        render();
      },
      queue.length > 5 ? 1000 : 150,
    );
  };

  // One job per task, so the page answers between results however many come at once.
  const work = (): void => {
    const job = queue.shift();
    if (!job) {
      working = false;
      progress.textContent = '';
      save();
      render();
      const done = waiters;
      waiters = [];
      for (const w of done) w();
      return;
    }
    working = true;
    progress.textContent = `Reading results… ${queue.length} still to read.`;
    const next = (): void => {
      renderSoon();
      setTimeout(work, 0);
    };
    if (job.kind === 'text') {
      readText(job.text, job.from);
      next();
    } else if (job.kind === 'record') {
      readRecord(job.record, job.from);
      next();
    } else void readFile(job.file).finally(next);
  };
  const enqueue = (jobs: Job[]): void => {
    queue.push(...jobs);
    // Say so at once: the first job only starts on the next task, and a facilitator (or a test)
    // looking now must not read an empty line as "all read".
    progress.textContent = `Reading results… ${queue.length} still to read.`;
    if (!working) {
      working = true;
      setTimeout(work, 0);
    }
  };

  // ------------------------------------------------------------ taking results in
  const codeInput = h('textarea', {
    id: 'result-input',
    rows: 2,
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'result-input-help',
  });
  const addButton = h(
    'button',
    {
      type: 'submit',
      class: 'primary',
    },
    'Add',
  );
  const codeForm = h(
    'form',
    {
      class: 'intake-code',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = codeInput.value.trim();
        if (!text) {
          say('Type a short code, or paste a result, into the box first.', 'info');
          codeInput.focus();
          return;
        }
        codeInput.value = '';
        const before = refusals;
        // A result's text (CG:…), pasted alone or inside a chat, carries the choices; a short code does not.
        enqueue([{ kind: 'text', text, from: /CG:/i.test(text) ? 'pasted text' : 'a typed code' }]);
        codeInput.focus();
        // Refused, it comes back to the box to mend (one character typed wrong), unless something new is typed there.
        void idleNow().then(() => {
          if (refusals > before && !codeInput.value) codeInput.value = text;
        });
      },
    },
    h('label', { for: 'result-input' }, 'Short code or result text'),
    h(
      'p',
      { id: 'result-input-help', class: 'hint' },
      'Type a player’s 16-character short code (dashes optional), or paste the result text from their screen. A chat or an email can be pasted whole: every result and short code in it is taken in, and the rest is ignored.',
    ),
    h('div', { class: 'intake-row' }, codeInput, addButton),
  );
  const fileInput = h('input', {
    type: 'file',
    id: 'result-files',
    multiple: true,
    accept: '.json,.txt,image/*',
    class: 'sr-only',
    onchange: () => {
      enqueue([...(fileInput.files ?? [])].map((file) => ({ kind: 'file' as const, file })));
      fileInput.value = '';
    },
  });
  const drop = h(
    'div',
    { class: 'drop-zone' },
    h('p', {}, 'Drop run files or pictures of result QR codes here, as many at once as you like, or'),
    h('label', { for: 'result-files', class: 'button secondary' }, 'Choose files'),
    fileInput,
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('drop-over');
    enqueue([...(event.dataTransfer?.files ?? [])].map((file) => ({ kind: 'file' as const, file })));
  });

  // The camera: frames are read four times a second while it is on; the same code is read once.
  const video = h('video', {
    class: 'camera-view',
    muted: true,
    playsinline: true,
    hidden: true,
    'aria-label': 'Camera view',
  });
  const cameraNote = h('p', { class: 'camera-note', role: 'status' });
  let stream: MediaStream | null = null;
  let scanTimer: ReturnType<typeof setInterval> | undefined;
  let lastRead = '';
  const stopCamera = (): void => {
    clearInterval(scanTimer);
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
    video.hidden = true;
    cameraButton.textContent = 'Start the camera';
  };
  const startCamera = async (): Promise<void> => {
    if (!navigator.mediaDevices?.getUserMedia) {
      cameraNote.textContent =
        'This browser cannot use a camera here (it needs a secure https page). Type players’ short codes or drop their run files instead.';
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 } }, audio: false });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      cameraNote.textContent =
        name === 'NotAllowedError'
          ? 'The camera was not allowed. You can allow it in the browser’s address bar, or type players’ short codes instead.'
          : name === 'NotFoundError'
            ? 'No camera was found on this computer. Type players’ short codes or drop their run files instead.'
            : 'The camera could not be started. Type players’ short codes or drop their run files instead.';
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => undefined);
    cameraButton.textContent = 'Stop the camera';
    cameraNote.textContent = 'Camera on: ask each player to hold their result code up to it.';
    const read = await qrReader().catch((error: unknown) => {
      stopCamera();
      cameraNote.textContent = qrProblem(error);
      return null;
    });
    if (!read) return;
    const canvas = document.createElement('canvas');
    const c2d = canvas.getContext('2d', { willReadFrequently: true });
    scanTimer = setInterval(() => {
      if (!c2d || video.readyState < 2 || !video.videoWidth) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      c2d.drawImage(video, 0, 0);
      const text = readQr(read, c2d.getImageData(0, 0, canvas.width, canvas.height));
      if (text && text !== lastRead) {
        lastRead = text;
        enqueue([{ kind: 'text', text, from: CAMERA }]);
      }
    }, 250);
  };
  const cameraButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => (stream ? stopCamera() : void startCamera()) },
    'Start the camera',
  );

  const fromStore = storeIntake(session, (text) => enqueue([{ kind: 'text', text, from: STORE_SOURCE }]));
  const intake = h(
    'section',
    { class: 'intake', 'aria-labelledby': 'intake-h' },
    h('h2', { id: 'intake-h' }, 'Take in results'),
    h('div', { class: 'intake-camera' }, cameraButton, cameraNote, video),
    codeForm,
    drop,
    fromStore.element,
    progress,
    log,
  );

  // ------------------------------------------------------------ the room
  function render(): void {
    const v = roomView(entries, session.seed);
    view.replaceChildren(...roomSections(v));
  }

  type BarRow = { label: string; values: Record<Role, number>; shown: Record<Role, WallCount | null> };
  const bars = (rows: BarRow[], max: number): HTMLElement =>
    h(
      'div',
      { class: 'bars', 'aria-hidden': 'true' },
      rows.map((r) =>
        h(
          'div',
          { class: 'bar-row' },
          h('span', { class: 'bar-label' }, r.label),
          h(
            'span',
            { class: 'bar-track' },
            ROLES.map((role) => {
              const w = r.shown[role];
              return r.values[role] && w
                ? h(
                    'span',
                    { class: barClass(role, r.values[role], w), style: barStyle(r.values[role], max, w) },
                    // On the projector a count the table beside it does not write exactly is not written on the bar.
                    w === 'exact' ? String(r.values[role]) : '',
                  )
                : null;
            }),
          ),
        ),
      ),
    );

  const legend = (): HTMLElement =>
    h(
      'p',
      { class: 'legend', 'aria-hidden': 'true' },
      ROLES.map((role) => h('span', { class: `legend-${role}` }, ROLE_PLURAL[role])),
      // On the projector a hatched bar is a count the wall does not write: the key says so, not the facilitator.
      projector ? h('span', { class: 'legend-few' }, 'Hatched: a count not written here (1 or 2, or 3 or more)') : null,
    );

  /**
   * The endings by role. On the projector, endings reached by fewer than three share one row without their
   * names ("The investigation: 1 or 2" beside a small room could point at a person), and each role's column is
   * written as `wallCounts` has it: its total is the role's finished players, so a lone "1 or 2" could be
   * worked out. A column it cannot write safely is left out ("–").
   */
  function endingRows(endings: RoomView['endings']): BarRow[] {
    const rare = projector ? endings.filter((e) => e.count.clinician + e.count.manager < FEW) : [];
    const rows: { label: string; values: Record<Role, number>; named: boolean }[] = endings
      .filter((e) => !rare.includes(e))
      .map((e) => ({ label: e.title, values: e.count, named: true }));
    if (rare.length) {
      const sum = (role: Role): number => rare.reduce((n, e) => n + e.count[role], 0);
      rows.push({
        label: 'Other endings (fewer than three each)',
        values: { clinician: sum('clinician'), manager: sum('manager') },
        named: false,
      });
    }
    const columns = Object.fromEntries(ROLES.map((role) => [role, wall(rows.map((r) => r.values[role]))])) as Record<
      Role,
      WallCount[] | null
    >;
    return rows.map((r, k) => ({
      label: r.label,
      values: r.values,
      shown: { clinician: columns.clinician?.[k] ?? null, manager: columns.manager?.[k] ?? null },
    }));
  }

  function roomSections(v: RoomView): HTMLElement[] {
    // The two roles' players add up to the results in: written so that neither gives the other away.
    const split = wall(ROLES.map((role) => v.byRole[role].players));
    const players = (role: Role): string => {
      const w = split?.[ROLES.indexOf(role)];
      return w ? written(v.byRole[role].players, w) : '–';
    };
    const counts = h(
      'section',
      { class: 'room-counts', 'aria-labelledby': 'counts-h' },
      h('h2', { id: 'counts-h', class: 'sr-only' }, 'The room in numbers'),
      h(
        'dl',
        {},
        [
          ['Results in', v.players],
          // On the projector, "4 in, 3 finished" would say exactly one has not: say it no more exactly than that.
          [
            'Finished (reached an ending)',
            hidden(v.players - v.finished) && v.finished >= FEW ? 'all but 1 or 2' : v.finished,
          ],
          // A pair played both roles: under "Played as" a pair led by the clinician would leave the
          // managers' count at 0 on the wall, as if no one had played the manager.
          [v.pairs ? LED_AS.clinician : ROLE_PLURAL.clinician, players('clinician')],
          [v.pairs ? LED_AS.manager : ROLE_PLURAL.manager, players('manager')],
          ...(v.pairs
            ? [['Pairs (both roles in one run; counted once, under the role that led)', v.pairs] as const]
            : []),
        ].map(([k, n]) =>
          h('div', {}, h('dt', {}, String(k)), h('dd', {}, typeof n === 'string' ? n : few(Number(n)))),
        ),
      ),
    );
    // The level is the session's own (its quarter code's): there to check before anyone has handed in.
    const levelBody = h('div', { hidden: !revealed });
    levelBody.append(
      h(
        'p',
        { class: 'level-reveal' },
        `The tension ${v.players ? 'sat' : 'sits'} at the `,
        h('strong', {}, `${v.level} level`),
        '.',
      ),
      ...(v.players
        ? [
            h(
              'p',
              {},
              `${v.aimed.right + v.aimed.wrong === 0 ? 'No change was aimed at any level in the results handed in.' : `${v.aimed.right} change${v.aimed.right === 1 ? ' was' : 's were'} aimed there and ${v.aimed.wrong} elsewhere.`} Players who aimed at least one there: ${hidden(v.players - v.aimed.playersRight) && v.aimed.playersRight >= FEW ? 'all but 1 or 2' : few(v.aimed.playersRight)} of ${v.players}. Players who aimed no change at any level in what they handed in: ${few(v.aimed.playersNone)}.`,
            ),
          ]
        : []),
    );
    const revealButton = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-expanded': String(revealed),
        onclick: () => {
          revealed = !revealed;
          render();
          view.querySelector<HTMLButtonElement>('#reveal-button')?.focus();
        },
      },
      revealed ? 'Hide the level' : 'Reveal the hidden level',
    );
    revealButton.id = 'reveal-button';
    const level = h(
      'section',
      { class: 'room-card', 'aria-labelledby': 'level-h' },
      h('h2', { id: 'level-h' }, 'Where the tension sat'),
      h(
        'p',
        { class: 'hint' },
        revealed
          ? 'Revealed. “Hide the level” takes it off the screen again.'
          : 'Hidden until you reveal it, so the projector does not give it away during play.',
      ),
      revealButton,
      levelBody,
    );
    if (!v.players) {
      return [
        counts,
        h('p', { class: 'room-empty' }, 'No results yet. As players hand theirs in, the room appears here.'),
        level,
      ];
    }
    const endingMax = Math.max(1, ...v.endings.map((e) => e.count.clinician + e.count.manager));
    const endingTable = endingRows(v.endings);
    // On the projector an ending reached by fewer than three is not drawn: it could name who.
    const drawn = endingTable.filter((r) => !projector || r.values.clinician + r.values.manager >= FEW);
    const hiddenColumn = ROLES.filter((role) => endingTable.length && endingTable.every((r) => r.shown[role] === null));
    const endings = h(
      'section',
      { class: 'room-card', 'aria-labelledby': 'endings-h' },
      h('h2', { id: 'endings-h' }, 'Endings'),
      v.endings.length
        ? [
            // On the projector an ending reached by fewer than three is not drawn: it could name who.
            drawn.length ? legend() : null,
            drawn.length ? bars(drawn, endingMax) : null,
            dataTable({
              label: 'Endings by role',
              caption: 'Players by ending and role',
              head: ['Ending', ROLE_PLURAL.clinician, ROLE_PLURAL.manager],
              rows: endingTable.map((r) =>
                tr(
                  {},
                  r.label,
                  ...ROLES.map((role) => {
                    const w = r.shown[role];
                    return w ? written(r.values[role], w) : '–';
                  }),
                ),
              ),
            }),
            hiddenColumn.length
              ? h(
                  'p',
                  { class: 'hint' },
                  `${hiddenColumn.map((role) => ROLE_PLURAL[role]).join(' and ')}: too few to show on the projector without pointing at someone.`,
                )
              : null,
          ]
        : h('p', {}, 'Nobody has reached an ending yet: results handed in mid-quarter show their meters below.'),
    );
    const meters = h(
      'section',
      { class: 'room-card room-meters', 'aria-labelledby': 'meters-h' },
      h('h2', { id: 'meters-h' }, 'Meters by role'),
      h(
        'p',
        { class: 'hint' },
        'The mean of each meter (0–100) at the end, over the players who finished, and how far it moved from where the role starts; while nobody in a role has finished, over everyone, where they were when they handed in. The two roles start from different places, so compare the moves more than the meters.',
      ),
      dataTable({
        label: 'Meters by role',
        caption: 'Mean meters by role, with the move from where the role starts',
        head: ['Role', 'Players', 'Averaged over', METER_LABEL.budget, METER_LABEL.care, METER_LABEL.trust],
        rows: ROLES.map((role) => {
          const r = v.byRole[role];
          // A mean of one or two is their own meters: not on the projector.
          const hide = hidden(r.counted);
          const m = hide ? null : r.meters;
          const start = headline(START_METERS[role]);
          // Whole numbers, as every meter in the game reads; each player's own figures are in the CSV.
          const cell = (meter: HeadlineMeter): string => (m ? endFrom(Math.round(m[meter]), start[meter]) : '–');
          // On the projector a role's finished count, beside the room's, could give the other role's away.
          const of = !r.players
            ? '–'
            : r.finished === r.players
              ? 'everyone, all finished'
              : r.finished
                ? projector
                  ? 'those who finished'
                  : `the ${r.finished} who finished`
                : 'all, none finished yet';
          return tr({}, ROLE_PLURAL[role], players(role), of, cell('budget'), cell('care'), cell('trust'));
        }),
      }),
      // Say why a role's means are dashes, or a facilitator reads them as a fault in front of the room.
      ROLES.some((role) => hidden(v.byRole[role].counted))
        ? h(
            'p',
            { class: 'hint' },
            'A dash: fewer than three players of that role are averaged, so their means, which would be those players’ own meters, are not shown on the projector.',
          )
        : null,
    );
    const pairs = v.pairs
      ? h(
          'p',
          { class: 'hint' },
          // On the projector one or two pairs are not counted: "the 2 pairs" could point at them.
          `${projector && v.pairs < FEW ? 'The pairs' : `The ${v.pairs} pair${v.pairs === 1 ? '' : 's'}`} proposed different things at ${v.differed} decision${v.differed === 1 ? '' : 's'} in all; each pair’s debrief shows where.`,
        )
      : null;
    // On the projector, a word one or two misread could point at them: only those three or more did.
    const wordsShown = v.misread.filter((w) => !projector || w.count >= FEW);
    const words = h(
      'section',
      { class: 'room-card', 'aria-labelledby': 'words-h' },
      h('h2', { id: 'words-h' }, 'Words most often misread'),
      h(
        'p',
        { class: 'hint' },
        'Words players nodded along to without asking what they meant, which came back as a misunderstanding.',
      ),
      wordsShown.length
        ? h(
            'ol',
            { class: 'word-list' },
            wordsShown
              .slice(0, 8)
              .map((w) =>
                h(
                  'li',
                  {},
                  h('strong', {}, termById(w.term)?.label ?? w.term),
                  ` · ${few(w.count)} ${w.count === 1 && !projector ? 'player' : 'players'}`,
                ),
              ),
          )
        : h(
            'p',
            {},
            v.misread.length
              ? `No word was misread by ${FEW} or more players yet, so none is shown on the projector.`
              : 'No misunderstandings yet in the results handed in.',
          ),
      v.summaryOnly
        ? h(
            'p',
            { class: 'hint' },
            projector
              ? 'Short codes carry no choices or words, so they are not counted here or below.'
              : `${v.summaryOnly === 1 ? 'One short code carries' : `${v.summaryOnly} short codes carry`} no choices or words, so ${v.summaryOnly === 1 ? 'it is' : 'they are'} not counted here or below.`,
          )
        : null,
    );
    const decisions = h(
      'section',
      { class: 'room-decisions', 'aria-labelledby': 'decisions-h' },
      h('h2', { id: 'decisions-h' }, 'How the room chose'),
      h(
        'p',
        { class: 'hint' },
        'The decisions where the room split most, in the order of the quarter; the rest are below. Each role has its own options, side by side. Beside each choice: how many took it, the mean change it made straight away (trust group by group), and the mean of what it set going that had landed by the time they handed in. How a change aimed at a level landed is the reveal’s to tell, so it is left out here; all of it is in each player’s own debrief.',
      ),
      v.keyDecisions.length
        ? v.keyDecisions.some(shownOnProjector)
          ? v.keyDecisions.filter(shownOnProjector).map((t) => decisionCard(t, v.decisions.indexOf(t)))
          : h(
              'p',
              { class: 'hint' },
              `No decision where the room split can be shown on the projector: each would need an option taken by ${FEW} or more of one role, and counts that point at nobody.`,
            )
        : h(
            'p',
            {},
            v.reachedByMost
              ? 'No decision has split the room yet: at every decision most of the room reached, each role chose alike.'
              : 'No decision has been reached by enough of the room yet.',
          ),
      allDecisions(v),
    );
    // Two half-width cards to a row and the meters' table across one of its own: the level beside the endings, or
    // the endings would stand beside an empty half of the wall with the meters under them.
    // The wall is several screens long on a projector: its parts one press away, named by their own headings.
    const parts = [endings, level, meters, words, decisions];
    const jump = h(
      'nav',
      { class: 'room-jump', 'aria-label': 'Parts of the room' },
      h(
        'ul',
        {},
        parts.map((part) => {
          const heading = part.querySelector('h2')!;
          return h('li', {}, h('a', { href: `#${heading.id}` }, heading.textContent ?? ''));
        }),
      ),
    );
    return [
      counts,
      jump,
      pairs ?? '',
      h('div', { class: 'room-grid' }, endings, level, meters, words),
      decisions,
    ].filter((x): x is HTMLElement => x !== '');
  }

  /** What came later of a choice, by the hand-in, as its moves: the mean over those who took it. */
  const laterMoves = (o: OptionTally): string[] =>
    o.landed
      ? [
          ...(['budget', 'care'] as const)
            .filter((m) => o.landed![m] !== 0)
            .map((m) => `${METER_LABEL[m]} ${signed(o.landed![m])}`),
          ...TRUST_GROUPS.filter((g) => o.landed!.groups[g] !== 0).map(
            (g) => `${TARGET_LABEL[`trust.${g}`]} ${signed(o.landed!.groups[g])}`,
          ),
        ]
      : [];

  /**
   * What a choice did straight away, as the players' own screens say it: Budget and Patient care, and
   * trust group by group (the Trust meter is their average, so its mean moves in fractions nobody saw);
   * then what it set going that had landed by the hand-in (a spin that wins the executives today can cost
   * the ward's trust two scenes on), or that more lands later when nothing had yet.
   */
  const straightAway = (o: OptionTally): string => {
    const moves = [
      ...(['budget', 'care'] as const)
        .filter((m) => o.delta[m] !== 0)
        .map((m) => `${METER_LABEL[m]} ${signed(o.delta[m])}`),
      ...(o.groups
        ? TRUST_GROUPS.filter((g) => o.groups![g] !== 0).map(
            (g) => `${TARGET_LABEL[`trust.${g}`]} ${signed(o.groups![g])}`,
          )
        : o.delta.trust !== 0
          ? [`Trust ${signed(o.delta.trust)}`]
          : []),
    ];
    const now = moves.length ? `straight away: ${moves.join(', ')}` : 'no change to the meters straight away';
    const took = o.count.clinician + o.count.manager;
    const later = laterMoves(o);
    if (later.length) return `${now}; later, by the hand-in: ${later.join(', ')}`;
    // On the projector "for 1 of 4" is a count under three: only whether it landed for some or all.
    return o.later
      ? `${now}; more lands later${o.later < took ? (projector ? ' for some of them' : ` for ${o.later} of ${took}`) : ''}`
      : now;
  };

  /**
   * On the projector a role's side of a decision is drawn only when three or more of that role took one of
   * its options: three options each "1 or 2" of three reached are exactly one person each, whatever the
   * wall writes. A decision with no such side is left out: a card of two sides saying so shows nothing.
   */
  const sideShown = (t: DecisionTally, role: Role): boolean =>
    !projector ||
    (t.options[role].some((o) => o.count[role] >= FEW) && wall(t.options[role].map((o) => o.count[role])) !== null);
  const shownOnProjector = (t: DecisionTally): boolean => !projector || ROLES.some((role) => sideShown(t, role));

  /** Every other decision, drawn only when opened (a full room reaches a hundred or more). */
  function allDecisions(v: RoomView): HTMLElement {
    const body = h('div', {});
    const details = h(
      'details',
      { class: 'all-decisions', open: allOpen },
      h(
        'summary',
        {},
        v.decisions.length
          ? `All ${v.decisions.length} decisions players reached`
          : 'No decisions in the results so far (a short code carries none)',
      ),
      body,
    );
    const fill = (): void => {
      allOpen = details.open;
      if (details.open && !body.childElementCount) {
        const shown = v.decisions.filter((t) => !v.keyDecisions.includes(t) && shownOnProjector(t));
        body.append(
          ...(shown.length
            ? shown.map((t) => decisionCard(t, v.decisions.indexOf(t)))
            : [
                h(
                  'p',
                  { class: 'hint' },
                  projector
                    ? `None of the others can be shown on the projector: each would need an option taken by ${FEW} or more of one role, and counts that point at nobody.`
                    : 'No other decisions yet.',
                ),
              ]),
        );
      }
    };
    details.addEventListener('toggle', fill);
    if (allOpen) fill();
    return details;
  }

  function decisionCard(t: DecisionTally, i: number): HTMLElement {
    const reached = t.reached.clinician + t.reached.manager;
    const id = `decision-${i}`;
    const side = (role: Role): HTMLElement | null => {
      const options = t.options[role];
      if (!options.length) return null;
      if (!sideShown(t, role))
        return h(
          'div',
          { class: `decision-side decision-${role}` },
          h('h4', {}, ROLE_PLURAL[role]),
          h(
            'p',
            { class: 'hint' },
            t.reached[role] < FEW
              ? `Fewer than ${FEW} reached it: not shown on the projector.`
              : t.options[role].some((o) => o.count[role] >= FEW)
                ? 'Not shown on the projector: its figures would point at someone.'
                : `No option was taken by ${FEW} or more: not shown on the projector.`,
          ),
        );
      // Bars are shares of those who reached the decision, not of the most-chosen option.
      const max = Math.max(1, t.reached[role], ...options.map((o) => o.count[role]));
      const ws = wall(options.map((o) => o.count[role]))!;
      return h(
        'div',
        { class: `decision-side decision-${role}` },
        h('h4', {}, `${ROLE_PLURAL[role]} (${t.reached[role]})`),
        h(
          'ul',
          { class: 'options' },
          options.map((o, k) =>
            h(
              'li',
              {},
              h('span', { class: 'option-text' }, o.text),
              h(
                'span',
                { class: 'option-bar', 'aria-hidden': 'true' },
                h('span', {
                  class: barClass(role, o.count[role], ws[k]),
                  style: barStyle(o.count[role], max, ws[k]),
                }),
              ),
              h(
                'span',
                { class: 'option-count' },
                `${written(o.count[role], ws[k]!)} of ${t.reached[role]} chose this`,
                o.count[role] ? ` · ${straightAway(o)}` : '',
              ),
            ),
          ),
        ),
      );
    };
    return h(
      'article',
      { class: 'decision-card', 'aria-labelledby': `${id}-h` },
      h(
        'h3',
        { id: `${id}-h` },
        `${t.week === t.lastWeek ? `Week ${t.week}` : `Weeks ${t.week}–${t.lastWeek}`} · ${t.sceneTitle} · its ${ordinal(Number(t.point.split('#')[1]))} decision`,
        // On the projector, with one side left out, the total would give its number away.
        ROLES.some((role) => hidden(t.reached[role]) || (t.options[role].length > 0 && !sideShown(t, role)))
          ? null
          : h('span', { class: 'reached' }, ` · reached by ${reached}`),
      ),
      h('div', { class: 'decision-sides' }, ROLES.map(side)),
      // The same figures as a table, for reading out or copying into a slide.
      h(
        'details',
        { class: 'decision-table' },
        h('summary', {}, 'As a table'),
        dataTable({
          label: `Decision ${i + 1} as a table`,
          caption: `${t.sceneTitle}, its ${ordinal(Number(t.point.split('#')[1]))} decision: how each role chose, the mean change each choice made straight away, how many of those who chose it set something going by it, and the mean of what had landed by the time they handed in (a change aimed at a level left out)`,
          head: [
            'Option',
            'Role',
            'Chose it',
            'Budget',
            'Patient care',
            ...TRUST_GROUPS.map((g) => TARGET_LABEL[`trust.${g}`]),
            // On the projector only whether it landed for any of them ("yes"), not how many.
            projector ? 'Set something going' : 'Set something going for',
            'Landed later, by the hand-in',
          ],
          // A side the projector leaves out is left out of its table too.
          rows: ROLES.filter((role) => sideShown(t, role)).flatMap((role) => {
            const ws = wall(t.options[role].map((o) => o.count[role]))!;
            return t.options[role].map((o, k) =>
              tr(
                {},
                o.text,
                ROLE_PLURAL[role],
                written(o.count[role], ws[k]!),
                o.count[role] ? signed(o.delta.budget) : '–',
                o.count[role] ? signed(o.delta.care) : '–',
                ...TRUST_GROUPS.map((g) => (o.count[role] && o.groups ? signed(o.groups[g]) : '–')),
                // How many of them it landed for is a count too: on the projector, only whether it did.
                !o.count[role] ? '–' : projector ? (o.later ? 'yes' : 'no') : `${o.later} of ${o.count[role]}`,
                o.count[role] ? laterMoves(o).join(', ') || 'nothing yet' : '–',
              ),
            );
          }),
        }),
      ),
    );
  }

  // ------------------------------------------------------------ export and clear
  // With a byte-order mark, Excel (double-clicked, as on most trust PCs) reads the file as UTF-8: "Staff café", not "cafÃ©".
  const downloadText = (text: string, name: string): void => download(`\uFEFF${text}`, name, 'text/csv;charset=utf-8');
  const confirmClear = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'clear-h' });
  const exports = h(
    'section',
    { class: 'room-export', 'aria-labelledby': 'export-h' },
    h('h2', { id: 'export-h' }, 'Keep the room’s results'),
    h(
      'p',
      {},
      'Two CSV files for the programme’s records: one row per player, and one row per player per decision. Players are named only by their run’s id.',
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            downloadText(playersCsv(session.id, entries), `common-ground-${session.id}-players-${fileStamp()}.csv`),
        },
        'Download players (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            downloadText(decisionsCsv(session.id, entries), `common-ground-${session.id}-decisions-${fileStamp()}.csv`),
        },
        'Download decisions (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            confirmClear.hidden = false;
            confirmClear.querySelector<HTMLElement>('#clear-h')?.focus();
          },
        },
        'Clear the room…',
      ),
    ),
    confirmClear,
  );
  confirmClear.append(
    h('h3', { id: 'clear-h', tabindex: -1 }, 'Clear all results from this session?'),
    h('p', {}, 'Players’ results stay on their own devices, so they can hand them in again.'),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            entries = [];
            unsaved = [];
            // Said with the room, so another window of this dashboard clears too rather than putting its copy back.
            clearedAt = Math.max(Date.now(), clearedAt + 1);
            holdStorage = false;
            try {
              storage?.setItem(ROOM_KEY(session.id), JSON.stringify({ version: ROOM_VERSION, entries, clearedAt }));
            } catch {
              // The room is empty on this page; a full storage is said at the next save.
            }
            render();
            confirmClear.hidden = true;
            say('The room was cleared.', 'info');
          },
        },
        'Clear the room',
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => (confirmClear.hidden = true) },
        'Keep the results',
      ),
    ),
  );

  render();
  // Someone always arrives late: the join codes again, without leaving the dashboard. A session whose
  // games report to a record store needs the key its join link carries, kept only where it was set up.
  const kept = keptSession(storage, session);
  const joinable = kept ?? (session.store ? null : session);
  const joinPanel: HTMLElement = h(
    'details',
    { class: 'join-again' },
    h('summary', {}, 'Show the join code, for someone arriving late'),
    joinable
      ? // Full screen first: under the codes it was below the fold, even on a 1920 × 1080 wall.
        [fullScreenButton(() => joinPanel), joinCodes(joinTargets(baseUrl(location), joinable))]
      : h(
          'p',
          {},
          'This session’s games report to a record store, and its join link carries the key for it, which is kept only in the browser where the session was set up: show the join code from Run a workshop there.',
        ),
  );
  let stopZoom: (() => void) | null = null;
  // Kept for this tab: a reload on the projector (patchy wifi) comes back in Projector view, not with the
  // intake, the exact counts and the endings by name on the wall.
  const PROJECTOR_KEY = `common-ground.room.${session.id}.projector`;
  const setProjector = (on: boolean): void => {
    projector = on;
    projectorButton.setAttribute('aria-pressed', String(projector));
    try {
      if (on) sessionStorage.setItem(PROJECTOR_KEY, '1');
      else sessionStorage.removeItem(PROJECTOR_KEY);
    } catch {
      // No storage for this tab: the view lasts as long as the page.
    }
    // On the wall the page is drawn as at 1366×768, larger in proportion on a bigger screen.
    stopZoom?.();
    stopZoom = projector ? followProjector(document.documentElement, window, 'dashboard') : null;
    intake.hidden = projector;
    exports.hidden = projector;
    // What Projector view does is said to the facilitator, not to the room on the wall.
    projectorHint.hidden = projector;
    render();
  };
  const projectorButton: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-pressed': 'false',
      'aria-describedby': 'projector-hint',
      onclick: () => setProjector(!projector),
    },
    'Projector view',
  );
  const projectorHint = h(
    'p',
    { class: 'hint', id: 'projector-hint' },
    'For the screen the room sees: folds away taking in results and the exports, and shows no count under three, which can point at a person, nor one its totals would give away. Press it again to come back and take results in.',
  );
  const element = h(
    'div',
    { class: 'dashboard' },
    heading,
    h(
      'p',
      { class: 'lede' },
      `${session.weeks === WORKSHOP_WEEKS ? 'The workshop quarter (four weeks)' : 'The full quarter (eight weeks)'}, code ${session.seed} · ${session.mode === 'split' ? 'half the room per role' : session.mode === 'pairs' ? 'in pairs, one of each role' : 'each player chooses a role'} · `,
      h('a', { href: workshopLink('', 'guide', session) }, 'Facilitator guide'),
    ),
    h('div', { class: 'projector-toggle' }, projectorButton, projectorHint),
    joinPanel,
    storeNote,
    intake,
    view,
    exports,
  );
  // Another window of this dashboard took results in, or cleared the room: this one counts the same room.
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== ROOM_KEY(session.id) || working) return;
    const changed = mergeStored();
    if (!changed) return;
    render();
    say(
      changed === 'cleared'
        ? 'The room was cleared in another window of this dashboard.'
        : 'Results taken in by another window of this dashboard are counted here too.',
      'info',
    );
  };
  window.addEventListener('storage', onStorage);
  try {
    if (sessionStorage.getItem(PROJECTOR_KEY)) setProjector(true);
  } catch {
    // No storage for this tab: the page opens as it always did.
  }
  function idleNow(): Promise<void> {
    return working || queue.length ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
  }
  return {
    element,
    takeText: (text, from = 'pasted text') => enqueue([{ kind: 'text', text, from }]),
    takeFiles: (files) => enqueue(files.map((file) => ({ kind: 'file' as const, file }))),
    idle: idleNow,
    destroy: () => {
      window.removeEventListener('storage', onStorage);
      stopZoom?.();
      stopCamera();
      fromStore.stop();
      clearTimeout(renderTimer);
    },
  };
}
