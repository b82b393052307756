/**
 * The sample city's only source of randomness: a seeded mulberry32 generator, so the same seed
 * gives the same city on every machine and engine (no Math.random, no clock).
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** A float in [min, max) spread evenly on a log scale: many small values, few large ones. */
  logFloat(min: number, max: number): number {
    return min * Math.pow(max / min, this.next());
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, each as likely as its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let ticket = this.next() * total;
    for (const item of items) {
      ticket -= weight(item);
      if (ticket < 0) return item;
    }
    return this.pick(items);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** `count` distinct items (or all of them, if fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /**
   * Exactly `count` distinct items, each drawn with odds in proportion to its weight
   * (Efraimidis–Spirakis: keep the largest u^(1/w)). Zero-weight items are never drawn.
   */
  weightedSample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    const keyed: { item: T; key: number }[] = [];
    for (const item of items) {
      const w = weight(item);
      if (w > 0) keyed.push({ item, key: Math.pow(this.next(), 1 / w) });
    }
    if (keyed.length < count) {
      throw new Error(`Random.weightedSample: wanted ${count}, only ${keyed.length} eligible`);
    }
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, count).map((entry) => entry.item);
  }
}
