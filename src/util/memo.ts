/**
 * Caches whose memory stays bounded over a long batch: emptied when they reach
 * `max` entries (cheaper than tracking use, and a batch refills what it needs).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** A function of a string, remembered in a BoundedMap of `max` entries. */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new BoundedMap<string, T>(max);
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
