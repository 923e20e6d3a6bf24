/**
 * A pair on two devices (issue 12): each person plays the same run on their
 * own device, reads their own briefing and proposes in private; the two
 * devices stay level because both take the same steps, and a four-character
 * step code at each decision shows that they have. There is no server: the
 * partner's device joins by a link (or its QR code) naming the lead's run,
 * and a device that falls out of step catches up by reading the other's
 * result code, the same one a workshop hands in.
 */
import story from '../../stories/main.ink';
import { recordOf } from '../engine/read/record.ts';
import { readResultText, resultTexts, stepCode } from '../engine/read/result.ts';
import { resultOfRecord } from '../engine/read/room.ts';
import { checkSeed, otherRole, readRunId, SESSION_PATTERN } from '../engine/rules/quarter.ts';
import type { GameState } from '../engine/rules/rules.ts';
import { WEEKS, WORKSHOP_WEEKS, type Role } from '../engine/rules/types.ts';
import type { Game } from '../engine/run/game.ts';
import { ReplayError } from '../engine/run/replay.ts';
import { h } from './dom.ts';
import { ROLE_LABEL } from './format.ts';
import { preloadQrReader, qrProblem, qrSvg, readQrFile } from './workshop/qr.ts';

/** What the partner's device needs to join: the run they share, its lead, its length and its session. */
export interface PartnerJoin {
  id: string;
  seed: string;
  lead: Role;
  partner: Role;
  weeks: number;
  session: string | null;
}

/** The link the partner's device opens: `?with=<run id>`, with the length and the session when there are any. */
export function partnerLink(base: string, state: Pick<GameState, 'run'>): string {
  const q = new URLSearchParams({ with: state.run.id });
  if (state.run.weeks === WORKSHOP_WEEKS) q.set('weeks', String(WORKSHOP_WEEKS));
  if (state.run.session) q.set('session', state.run.session);
  return `${base}?${q.toString()}`;
}

export type PartnerRead = { ok: true; join: PartnerJoin } | { ok: false; reason: string } | null;

/** Read a partner link's query; null when the page was not opened from one. */
export function readPartner(search: string): PartnerRead {
  const q = new URLSearchParams(search);
  const id = q.get('with');
  if (id === null) return null;
  const run = readRunId(id.trim());
  if (!run || !checkSeed(run.seed).ok)
    return { ok: false, reason: 'the link from your partner’s device is incomplete (its run is not named)' };
  const session = q.get('session');
  if (session !== null && !SESSION_PATTERN.test(session))
    return { ok: false, reason: 'the link from your partner’s device names a workshop session that is not valid' };
  return {
    ok: true,
    join: {
      id: id.trim(),
      seed: run.seed,
      lead: run.role,
      partner: otherRole(run.role),
      weeks: Number(q.get('weeks')) === WORKSHOP_WEEKS ? WORKSHOP_WEEKS : WEEKS,
      session,
    },
  };
}

/** Start the partner's copy of the run on this device. */
export function joinPartner(game: Game, join: PartnerJoin): void {
  game.send({
    type: 'CHOOSE_ROLE',
    role: join.lead,
    seed: join.seed,
    pair: true,
    id: join.id,
    device: join.partner,
    ...(join.weeks === WORKSHOP_WEEKS ? { weeks: WORKSHOP_WEEKS } : {}),
    ...(join.session ? { session: join.session } : {}),
  });
}

/** The step code of this device's copy of the run. */
export const stepCodeOf = (state: Pick<GameState, 'inputs' | 'run'>): string =>
  stepCode(state.inputs ?? [], state.run.id);

/**
 * Out of step: show this device's run as codes for the other device to read,
 * or read the other device's codes (a photo, or pasted text) and follow it.
 */
export function catchUpPanel(game: Game, onCaughtUp: () => void): HTMLElement {
  const note = h('p', { class: 'catch-up-note', 'aria-live': 'polite' });
  const shown = h('div', { class: 'catch-up-codes' });
  const text = h('textarea', { id: 'catch-up-text', rows: 3, spellcheck: 'false' });
  const photo = h('input', {
    type: 'file',
    id: 'catch-up-photo',
    accept: 'image/*',
    capture: 'environment',
    onclick: preloadQrReader,
  });
  const follow = (raw: string): void => {
    const read = readResultText(raw);
    if (!read.ok) {
      note.textContent = `That could not be read: ${read.reason}.`;
      return;
    }
    const state = game.state;
    if (read.value.id !== state.run.id) {
      note.textContent = 'That is another run, not the one the two of you are playing.';
      return;
    }
    const mine = state.inputs ?? [];
    const theirs = read.value.inputs;
    if (stepCode(theirs, state.run.id) === stepCode(mine, state.run.id)) {
      note.textContent = 'The two devices are already level: nothing to do.';
      return;
    }
    const same = mine.length <= theirs.length && mine.every((m, i) => JSON.stringify(m) === JSON.stringify(theirs[i]));
    try {
      game.catchUp(theirs);
    } catch (error) {
      if (error instanceof ReplayError) {
        note.textContent = `That run does not replay here: ${error.message}.`;
        return;
      }
      throw error;
    }
    note.textContent = same
      ? `Caught up: this device now stands where your partner’s does (step code ${stepCodeOf(game.state)}).`
      : `This device now follows your partner’s run (step code ${stepCodeOf(game.state)}); the steps taken only here were set aside.`;
    onCaughtUp();
  };
  return h(
    'details',
    { class: 'catch-up' },
    h('summary', {}, 'Different step codes? Bring the two devices level'),
    h(
      'p',
      {},
      'The device that is behind, or the one whose steps you agree to drop, reads the other’s run. On the other device, open this and press “Show this device’s run”; then here, take a photo of its code or paste its text.',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        onclick: () => {
          const result = resultOfRecord(recordOf(game.state), story);
          if (!result) return;
          const parts = resultTexts(result);
          shown.replaceChildren(
            ...parts.map((p, i) =>
              h(
                'figure',
                {},
                qrSvg(p, `This device’s run, code ${i + 1} of ${parts.length}`),
                h('figcaption', {}, h('code', {}, p)),
              ),
            ),
          );
        },
      },
      'Show this device’s run',
    ),
    shown,
    h('label', { for: 'catch-up-photo' }, 'A photo of the other device’s code'),
    photo,
    h('label', { for: 'catch-up-text' }, 'Or its text'),
    text,
    h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        onclick: async () => {
          const file = photo.files?.[0];
          if (file) {
            const read = await readQrFile(file).catch((error: unknown) => {
              note.textContent = qrProblem(error);
              return undefined;
            });
            if (read === undefined) return;
            if (!read) {
              note.textContent = 'No code could be read in that photo: try again closer, in good light.';
              return;
            }
            follow(read);
            return;
          }
          follow(text.value);
        },
      },
      'Follow the other device',
    ),
    note,
  );
}

/** Whose week, evenings and hours a device's are: the lead's, said as such on a pair's partner device. */
export function hoursOwner(state: Pick<GameState, 'run' | 'role'>): { week: string; evenings: string; whose: string } {
  return seatOf(state)?.lead === false
    ? { week: 'your partner’s week', evenings: 'your partner’s evenings', whose: 'your partner’s' }
    : { week: 'your week', evenings: 'your evenings', whose: 'your' };
}

/**
 * On a pair's partner device, a line saying whose a screen's "you" is: the story, the plan and the week are
 * the lead's, told to them (`said` words it for the screen, given the lead's role). Null on any other device.
 */
export function leadsHere(state: Pick<GameState, 'run' | 'role'>, said: (lead: string) => string): HTMLElement | null {
  const seat = seatOf(state);
  if (!seat || seat.lead) return null;
  return h(
    'p',
    { class: 'hint pair-voice' },
    `${said(ROLE_LABEL[state.role ?? 'clinician'].toLowerCase())} You propose from what you know as the ${seat.label}.`,
  );
}

/** The role of whoever holds this device in a two-device run, and what to call them. */
export function seatOf(state: Pick<GameState, 'run' | 'role'>): { seat: Role; lead: boolean; label: string } | null {
  const device = state.run.device;
  if (!device || !state.role) return null;
  return { seat: device, lead: device === state.role, label: ROLE_LABEL[device].toLowerCase() };
}
