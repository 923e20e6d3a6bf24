/** What `work` gives, or null when it throws (storage, history or timing a locked-down browser refuses). */
export function safe<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
