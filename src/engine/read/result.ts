/**
 * A player's result, as it travels from their device to the facilitator's
 * dashboard without a server (issue 12). The game is deterministic, so a run
 * is its role, its quarter code and what the player did: that is all a
 * result carries, and the dashboard replays it to see everything else. Two
 * forms, both documented in the README:
 *
 * - the **result text**, for QR codes and pasting: `CG:k/n:TAG:` then a
 *   base45 chunk (RFC 9285; the characters a QR code stores most densely).
 *   A long run is split over several codes that share TAG; the bytes inside
 *   are versioned and end with a checksum, so damage is found, not replayed;
 * - the **short code**, sixteen characters a person can type: only the
 *   summary (role, ending, week, meters, interventions), with a checksum.
 */
import { ENDINGS, type Ending, SEED_ALPHABET, SEED_LENGTH, SESSION_PATTERN } from '../rules/quarter.ts';
import { PLACES, ROLES, WEEKS, WORKSHOP_WEEKS, type Input, type Place, type Role } from '../rules/types.ts';
import { fnv, storyPrint } from '../run/hash.ts';

export const RESULT_VERSION = 1;

/** A run as a result: enough to replay it, and which session and story it belongs to. */
export interface RoomResult {
  /** The workshop session it was played in ('' when none). */
  session: string;
  /** The run's id: the same run handed in twice is one player. */
  id: string;
  role: Role;
  /** Played by a pair on one device (the role is the lead's). */
  pair?: boolean;
  /** `WORKSHOP_WEEKS` for the workshop quarter; absent for the full one. */
  weeks?: number;
  seed: string;
  /** A fingerprint of the compiled story it was played on (see `storyFingerprint`). */
  story: number;
  inputs: Input[];
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The rules' edition. Raise it with any change to the rules that would replay
 * a run's inputs to other figures (what a visit costs, what a tag does, when
 * an ending comes), so that a result played before it is refused with a
 * reason instead of being shown with numbers its player never saw.
 * 2: week three's system board costs the drive across town and the meeting.
 * 3: a word a choice on offer asks about is asked by that choice, not in the words box.
 * 4: shadowing and paired learning put first in the glossary the words the weeks to come will show.
 * 5: the same change asked for again on a later visit chases it; it is not another intervention.
 * 6: a choice that goes along with a word as said (`# nods`) carries what that cost: no misunderstanding is drawn.
 * 7: missing week three's system board, across town, costs the trust of who went (Janet Cole), not of everyone
 *    in the executive suite it is planned from (the medical director is not at it).
 * 8: what a change aimed at a cultural level does to the tension lands two scenes later, all of it (its trust
 *    moved a point at once before, which read as the verdict on a change the story had just told working).
 * 9: a change one group asked for (`# intervene … asked <group>`), aimed away from the tension, costs the other two
 *    groups' trust and not theirs (it cost all three before, even the group whose own idea it was).
 * 10: a change followed up on a later visit in other words (the same choice: "Ask Janet to keep the week-ahead
 *    trial going") chases it, as the same words do since 5; it was counted, and scored, as a change of its own.
 * 11: a general manager knows "sats" from the start, as they know obs and TTOs: a manager's run no longer nods
 *    at it, so no misunderstanding is drawn for it. What a quarter builds (the kitchen, the move into the main
 *    block, walk-rounds) pays its weekly good from the week after it is agreed, when it opens.
 * 12: a change aimed away from the pressing level costs front-line staff's and clinical leaders' trust, and
 *    executives' only when it was aimed at the organisation (`MISSED_BY`), less a group that asked for it; it cost
 *    every group but the one that asked before, so executives lost faith over a ward's handover trial. Who pays is
 *    read from the level aimed at, which the player knows, so a miss's cost never tells where the tension sits.
 *    The same edition: a week planned with no visit costs 2 of the trust of those who did not see the player
 *    (`outOfSight`: a manager's front line, a clinical director's executives), unless co-location, or a manager's
 *    walk-rounds, put them in each other's path; a week at the desk had been the cheapest week to play.
 * 13: that cost falls on a week with no visit to where the other side works, not only a week with no visit at all:
 *    a manager whose week was the executive suite and the finance office was seen on no ward, and a clinical
 *    director whose week was ED and theatres was seen in no office in Riverside House, yet neither paid. Nor does
 *    a week cost it once the shared kitchen is built, where, as its card says, they run into each other every day;
 *    and a clinical director's week costs 1 (`OUT_OF_SIGHT`), a general manager's 2.
 * 14: in the workshop quarter every long game pays off two weeks after it is begun (`arcMatures`): halved and
 *    rounded up, shadowing, the induction and the map of informal leaders paid off the week after, so they took
 *    none of any week's hours, while their buttons said an hour a week (a play-tester's finding). Each now costs
 *    the week between, as every long game in the full quarter does. The full quarter is as it was.
 */
export const RULES_EDITION = 14;

/** The fingerprint of the story and the rules' edition: a result replays only on the game it was played on. */
export const storyFingerprint = (story: string | object): number => storyPrint(story, `${RULES_EDITION} `);

// ---------------------------------------------------------------- base45 (RFC 9285)

/** Base45's characters, in value order. */
export const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function toBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i]! * 256 + bytes[i + 1]!;
      const c = n % 45;
      n = (n - c) / 45;
      out += B45[c]! + B45[n % 45]! + B45[Math.floor(n / 45)]!;
    } else {
      const n = bytes[i]!;
      out += B45[n % 45]! + B45[Math.floor(n / 45)]!;
    }
  }
  return out;
}

export function fromBase45(text: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    const d = [...chunk].map((c) => B45.indexOf(c));
    if (d.some((x) => x < 0) || chunk.length === 1) return null;
    const n = d[0]! + d[1]! * 45 + (d.length === 3 ? d[2]! * 2025 : 0);
    if (d.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- bytes

class Writer {
  private bytes: number[] = [];
  byte(n: number): void {
    this.bytes.push(n & 0xff);
  }
  u32(n: number): void {
    for (let s = 24; s >= 0; s -= 8) this.byte(n >>> s);
  }
  text(s: string): void {
    if (s.length > 255 || !/^[\x20-\x7e]*$/.test(s)) throw new Error(`cannot write "${s}" into a result`);
    this.byte(s.length);
    for (const c of s) this.byte(c.charCodeAt(0));
  }
  done(): Uint8Array {
    const body = Uint8Array.from(this.bytes);
    const sum = fnv(body);
    return Uint8Array.from([...body, (sum >>> 8) & 0xff, sum & 0xff]);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('the result ends too soon');
    return this.bytes[this.at++]!;
  }
  u32(): number {
    let n = 0;
    for (let i = 0; i < 4; i++) n = n * 256 + this.byte();
    return n;
  }
  text(): string {
    const length = this.byte();
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.byte());
    return s;
  }
}

const OP = {
  begin: 0x40,
  next: 0x41,
  ask: 0x42,
  lookUp: 0x43,
  plan: 0x44,
  bigChoice: 0x45,
  voted: 0x46,
  paired: 0x47,
  askPartner: 0x48,
} as const;

/** The bytes of a result: version, role, story, code, session, id, inputs, then a 16-bit checksum. */
export function resultBytes(result: RoomResult): Uint8Array {
  const w = new Writer();
  w.byte(RESULT_VERSION);
  // The role (bit 0), whether a pair played it (bit 1), and whether it was the workshop quarter (bit 2).
  w.byte(ROLES.indexOf(result.role) | (result.pair ? 2 : 0) | (result.weeks === WORKSHOP_WEEKS ? 4 : 0));
  w.u32(result.story);
  w.text(result.seed);
  w.text(result.session);
  w.text(result.id);
  for (const input of result.inputs) {
    switch (input.type) {
      case 'CHOOSE':
        if (input.votes) {
          // A room's vote: the choice, then the hands for each option (two bytes each).
          w.byte(OP.voted);
          w.byte(input.index);
          w.byte(input.votes.length);
          for (const n of input.votes) {
            w.byte(n >> 8);
            w.byte(n);
          }
        } else if (input.proposals) {
          // A pair's choice: the one agreed, then what the lead and the partner proposed.
          w.byte(OP.paired);
          w.byte(input.index);
          w.byte(input.proposals[0]);
          w.byte(input.proposals[1]);
        } else if (input.index < OP.begin) w.byte(input.index);
        else {
          w.byte(OP.bigChoice);
          w.byte(input.index);
        }
        break;
      case 'BEGIN':
        w.byte(OP.begin);
        break;
      case 'NEXT':
        w.byte(OP.next);
        break;
      case 'ASK':
      case 'LOOK_UP':
        w.byte(input.type === 'LOOK_UP' ? OP.lookUp : input.partner ? OP.askPartner : OP.ask);
        w.text(input.term);
        break;
      case 'PLAN':
        w.byte(OP.plan);
        w.byte(input.visits.length);
        for (const p of input.visits) w.byte(PLACES.indexOf(p));
        break;
    }
  }
  return w.done();
}

export function readResultBytes(bytes: Uint8Array): Decoded<RoomResult> {
  if (bytes.length < 12) return { ok: false, reason: 'it is too short to be a result' };
  const body = bytes.subarray(0, bytes.length - 2);
  const sum = fnv(body);
  if (bytes[bytes.length - 2] !== ((sum >>> 8) & 0xff) || bytes[bytes.length - 1] !== (sum & 0xff)) {
    return { ok: false, reason: 'it is damaged (its checksum does not match)' };
  }
  const r = new Reader(body);
  try {
    const version = r.byte();
    if (version > RESULT_VERSION) {
      return { ok: false, reason: 'it was made by a newer version of the game than this dashboard: reload the page' };
    }
    if (version < 1) return { ok: false, reason: 'it is not a Common Ground result' };
    const who = r.byte();
    const role = ROLES[who & 1];
    if (!role || who > 7) return { ok: false, reason: 'it names a role the game does not have' };
    const pair = (who & 2) !== 0;
    const weeks = (who & 4) !== 0 ? WORKSHOP_WEEKS : undefined;
    const story = r.u32();
    const seed = r.text();
    if (seed.length !== SEED_LENGTH || [...seed].some((c) => !SEED_ALPHABET.includes(c))) {
      return { ok: false, reason: 'its quarter code is not valid' };
    }
    const session = r.text();
    if (session && !SESSION_PATTERN.test(session)) return { ok: false, reason: 'its session name is not valid' };
    const id = r.text();
    if (!id) return { ok: false, reason: 'it has no run id' };
    const inputs: Input[] = [];
    while (r.left > 0) {
      const op = r.byte();
      if (op < OP.begin) inputs.push({ type: 'CHOOSE', index: op });
      else if (op === OP.bigChoice) inputs.push({ type: 'CHOOSE', index: r.byte() });
      else if (op === OP.paired) {
        const index = r.byte();
        inputs.push({ type: 'CHOOSE', index, proposals: [r.byte(), r.byte()] });
      } else if (op === OP.askPartner) inputs.push({ type: 'ASK', term: r.text(), partner: true });
      else if (op === OP.voted) {
        const index = r.byte();
        const votes = Array.from({ length: r.byte() }, () => r.byte() * 256 + r.byte());
        inputs.push({ type: 'CHOOSE', index, votes });
      } else if (op === OP.begin) inputs.push({ type: 'BEGIN' });
      else if (op === OP.next) inputs.push({ type: 'NEXT' });
      else if (op === OP.ask || op === OP.lookUp)
        inputs.push({ type: op === OP.ask ? 'ASK' : 'LOOK_UP', term: r.text() });
      else if (op === OP.plan) {
        const n = r.byte();
        if (n > PLACES.length) return { ok: false, reason: 'it plans more visits than there are places' };
        const visits: Place[] = [];
        for (let i = 0; i < n; i++) {
          const place = PLACES[r.byte()];
          if (!place) return { ok: false, reason: 'it visits a place the game does not have' };
          visits.push(place);
        }
        inputs.push({ type: 'PLAN', visits });
      } else return { ok: false, reason: `it holds a step the game does not know (${op})` };
    }
    return {
      ok: true,
      value: { session, id, role, ...(pair ? { pair } : {}), ...(weeks ? { weeks } : {}), seed, story, inputs },
    };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: 'it is cut short' };
    throw error;
  }
}

// ---------------------------------------------------------------- result text (QR codes)

/** Characters of base45 per QR code: each code stays small enough (version 11 or less) to read from a phone screen. */
export const PART_LENGTH = 280;

const PART_RE = /^CG:(\d{1,2})\/(\d{1,2}):([0-9A-Z]{4}):([0-9A-Z $%*+\-./:]+)$/;

function tagOf(text: string): string {
  const n = fnv(text) % 45 ** 4;
  let out = '';
  for (let i = 0, x = n; i < 4; i++, x = Math.floor(x / 45)) out += B45[x % 36]!;
  return out;
}

/** The result as one or more QR texts (`CG:1/2:TAG:…`, `CG:2/2:TAG:…`). */
export function resultTexts(result: RoomResult, partLength = PART_LENGTH): string[] {
  const all = toBase45(resultBytes(result));
  const tag = tagOf(all);
  const count = Math.max(1, Math.ceil(all.length / partLength));
  return Array.from(
    { length: count },
    (_, i) => `CG:${i + 1}/${count}:${tag}:${all.slice(i * partLength, (i + 1) * partLength)}`,
  );
}

export interface ResultPart {
  index: number;
  count: number;
  tag: string;
  chunk: string;
}

/** Read one QR text; the parts of a split result are put together by `joinParts`. */
export function readPart(text: string): Decoded<ResultPart> {
  const m = PART_RE.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      reason: /^CG:/.test(text.trim())
        ? 'it looks like a Common Ground result but is damaged'
        : 'it is not a Common Ground result',
    };
  }
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (index < 1 || count < 1 || index > count) return { ok: false, reason: 'its part number is not valid' };
  return { ok: true, value: { index, count, tag: m[3]!, chunk: m[4]! } };
}

/** A whole result from all its parts (in any order); null while some are missing. */
export function joinParts(parts: readonly ResultPart[]): Decoded<RoomResult> | null {
  const count = parts[0]?.count ?? 0;
  const byIndex = new Map(parts.map((p) => [p.index, p]));
  if (byIndex.size < count) return null;
  const all = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!.chunk).join('');
  if (tagOf(all) !== parts[0]!.tag) {
    // One part's check that does not match is damage; several may also be parts of two results.
    return {
      ok: false,
      reason:
        count === 1
          ? 'it is damaged or cut short (its check does not match)'
          : 'its parts do not belong together, or one of them is damaged or cut short',
    };
  }
  const bytes = fromBase45(all);
  if (!bytes) return { ok: false, reason: 'it is damaged (not valid base45)' };
  return readResultBytes(bytes);
}

/** A single-part result text, or all parts pasted one per line. */
export function readResultText(text: string): Decoded<RoomResult> {
  const parts: ResultPart[] = [];
  for (const line of text.split(/\s*\n\s*/).filter(Boolean)) {
    const p = readPart(line);
    if (!p.ok) return p;
    parts.push(p.value);
  }
  if (!parts.length) return { ok: false, reason: 'it is empty' };
  const whole = joinParts(parts);
  return whole ?? { ok: false, reason: `only ${parts.length} of its ${parts[0]!.count} parts are here` };
}

/**
 * Every result part and short code in a piece of pasted text: a chat or an email copied whole,
 * with senders, times and greetings around them. A part runs from `CG:` to the end of its line,
 * or to the first character base45 never uses (people add "<- mine" or a closing quote after it);
 * a short code is four groups of four, with dashes (as the game shows it) or as typed, alone on
 * its line. Four-letter words in a sentence that happen to look like a code are `maybe`: kept
 * only if their check digits say they are one.
 */
export function findResults(text: string): { parts: string[]; codes: string[]; maybe: string[] } {
  const parts: string[] = [];
  const codes: string[] = [];
  const maybe: string[] = [];
  const CODE = /(?<![0-9A-Za-z])[0-9A-Za-z]{4}([-\s]?)[0-9A-Za-z]{4}\1[0-9A-Za-z]{4}\1[0-9A-Za-z]{4}(?![0-9A-Za-z])/g;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const at = line.search(/CG:\d/i);
    if (at >= 0) {
      const from = line.slice(at).trim();
      const upTo = [...from].findIndex((c) => !B45.includes(c));
      parts.push((upTo < 0 ? from : from.slice(0, upTo)).trim() || from);
      continue;
    }
    for (const m of line.matchAll(CODE)) {
      const alone = m[0].length === line.length;
      if (m[1] === '-' || alone) codes.push(m[0]);
      else maybe.push(m[0]);
    }
  }
  return { parts, codes, maybe };
}

// ---------------------------------------------------------------- the short code

/** What a short code says: the summary of a run, no decisions. */
export interface ShortSummary {
  role: Role;
  /** Whether the run reached its debrief. */
  done: boolean;
  ending: Ending | null;
  week: number;
  budget: number;
  care: number;
  trust: number;
  /** Interventions aimed at the quarter's hidden level, and elsewhere (each at most 15). */
  right: number;
  wrong: number;
  /**
   * Ten bits of the session's name, its quarter code and its length (`sessionHash`), and twenty of the
   * run's id (to know the same player again). In a code of version 1 the ten bits are of the name alone.
   */
  sessionHash: number;
  idHash: number;
  /** Which version of the code it was read from (a code made now is version 2). */
  version?: 1 | 2;
}

/** Crockford's base32: no I, L, O or U, so a typed code has no look-alikes. */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FIELDS: [keyof ShortSummary | 'version', number][] = [
  ['version', 2],
  ['role', 1],
  ['done', 1],
  ['ending', 4],
  ['week', 4],
  ['budget', 7],
  ['care', 7],
  ['trust', 7],
  ['right', 4],
  ['wrong', 4],
  ['sessionHash', 10],
  ['idHash', 20],
];
const CHECK_BITS = 9;

/**
 * What a short code knows of the session a run was played in: its name, and (since version 2) the quarter
 * code and the length it was played on, so that a dashboard refuses a run joined with a code typed wrong
 * whichever part of it was wrong, as it does a result. A version 1 code hashed the name alone.
 */
export const sessionHash = (session: string, seed?: string, weeks?: number): number =>
  fnv(seed === undefined ? `session:${session}` : `session:${session}|${seed}|${weeks ?? WEEKS}`) & 0x3ff;
export const idHash = (id: string): number => fnv(`run:${id}`) & 0xfffff;

export function shortCode(s: ShortSummary): string {
  const values: Record<string, number> = {
    version: 2,
    role: ROLES.indexOf(s.role),
    done: s.done ? 1 : 0,
    ending: s.ending ? ENDINGS.indexOf(s.ending) + 1 : 0,
    week: Math.min(15, Math.max(0, s.week)),
    budget: clamp100(s.budget),
    care: clamp100(s.care),
    trust: clamp100(s.trust),
    right: Math.min(15, s.right),
    wrong: Math.min(15, s.wrong),
    sessionHash: s.sessionHash,
    idHash: s.idHash,
  };
  let n = 0n;
  for (const [name, bits] of FIELDS) n = (n << BigInt(bits)) | BigInt(values[name]! & ((1 << bits) - 1));
  n = (n << BigInt(CHECK_BITS)) | BigInt(checkOf(n));
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = B32[Number(n & 31n)]! + out;
    n >>= 5n;
  }
  return out.replace(/(.{4})(?!$)/g, '$1-');
}

const clamp100 = (x: number): number => Math.min(100, Math.max(0, Math.round(x)));
const checkOf = (n: bigint): number => fnv(n.toString(36)) & ((1 << CHECK_BITS) - 1);

export function readShortCode(text: string): Decoded<ShortSummary> {
  const typed = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (typed.length !== 16) return { ok: false, reason: `a short code has 16 characters; this has ${typed.length}` };
  let n = 0n;
  for (const c of typed) {
    const d = B32.indexOf(c);
    if (d < 0) return { ok: false, reason: `"${c}" cannot appear in a short code` };
    n = (n << 5n) | BigInt(d);
  }
  const check = Number(n & BigInt((1 << CHECK_BITS) - 1));
  n >>= BigInt(CHECK_BITS);
  if (checkOf(n) !== check) return { ok: false, reason: 'it has a typing mistake (its check does not match)' };
  const values: Record<string, number> = {};
  for (const [name, bits] of [...FIELDS].reverse()) {
    values[name] = Number(n & BigInt((1 << bits) - 1));
    n >>= BigInt(bits);
  }
  if (values.version !== 1 && values.version !== 2)
    return { ok: false, reason: 'it was made by a different version of the game' };
  const ending = values.ending ? ENDINGS[values.ending - 1] : null;
  if (ending === undefined) return { ok: false, reason: 'it names an ending the game does not have' };
  if (values.budget! > 100 || values.care! > 100 || values.trust! > 100) {
    return { ok: false, reason: 'its meters are out of range' };
  }
  return {
    ok: true,
    value: {
      role: ROLES[values.role!]!,
      done: values.done === 1,
      ending,
      week: values.week!,
      budget: values.budget!,
      care: values.care!,
      trust: values.trust!,
      right: values.right!,
      wrong: values.wrong!,
      sessionHash: values.sessionHash!,
      idHash: values.idHash!,
      version: values.version as 1 | 2,
    },
  };
}

/**
 * Four characters standing for a run's inputs so far: a pair on two devices
 * compares theirs at each decision to see that both devices did the same. The
 * run's id is in it, so a device that opened another pair's link (or last
 * week's) shows another code from the first decision, not only once the two
 * runs' choices part.
 */
export function stepCode(inputs: readonly Input[], run: string): string {
  const h = fnv(`${run}:${JSON.stringify(inputs)}`);
  let code = '';
  for (let i = 0; i < 4; i++) code += B32[(h >>> (i * 5)) & 31];
  return code;
}
