/**
 * A function of a string, remembered: answers kept in a map that is emptied
 * when it reaches `max` entries, so memory stays bounded over a long batch.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
