/**
 * A pure function of a line of text, worked out once per distinct text. The story has a few thousand
 * distinct lines and tags, and the simulator and the explorer meet each of them thousands of times. Text
 * written with ink's {…} can vary without end, so past `limit` entries the memory starts again.
 * What is kept is shared between callers: keep only values nobody changes (strings, frozen objects).
 */
export function byText<T>(work: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = work(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
