/**
 * A pair's first proposal at a decision, kept in the browser until the decision is taken: closing the
 * page (or a phone going to sleep) between the two proposals brings the pair back to the hand-over,
 * not to the first partner proposing again in front of the second. Kept by the option's place in the
 * story (its index), so the order the screen draws cannot change which option it was.
 */
const KEY = 'common-ground.pair.proposal';

export interface Pending {
  /** Which decision of which run: `${run id}:${decisions taken so far}`. */
  at: string;
  /** The option the first partner proposed (a choice's index), on one device. */
  lead?: number;
  /** The option this device's holder proposed, with a device each. */
  mine?: number;
}

const store = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** What was kept for this decision, if anything (anything kept for another is dropped). */
export function pendingAt(at: string): Pending | null {
  try {
    const text = store()?.getItem(KEY);
    if (!text) return null;
    const kept = JSON.parse(text) as Partial<Pending> | null;
    if (kept && kept.at === at && (Number.isInteger(kept.lead) || Number.isInteger(kept.mine))) return kept as Pending;
    store()?.removeItem(KEY);
  } catch {
    // Unreadable or unavailable: nothing kept.
  }
  return null;
}

/** Keep a proposal, or (null) forget it once the decision is taken. A browser that keeps nothing loses only this. */
export function keepPending(pending: Pending | null): void {
  try {
    if (pending) store()?.setItem(KEY, JSON.stringify(pending));
    else store()?.removeItem(KEY);
  } catch {
    // Storage full or refused: the proposal lives only on this page, as before.
  }
}
