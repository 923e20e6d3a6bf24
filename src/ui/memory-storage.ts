/** localStorage in memory, with a size limit like a browser's: for tests of what the game keeps in the browser. */
export function memoryStorage(limit = Infinity): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem(k, v) {
      const used = [...data].reduce((s, [key, val]) => s + (key === k ? 0 : val.length), 0);
      if (used + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}
