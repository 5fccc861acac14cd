/**
 * A small seeded random source, so that a corpus generated twice with the same seed is the
 * same byte for byte (the bench compares builds, not luck).
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** Mulberry32: fast, good enough for fake text, and one 32-bit word of state. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  /** `count` distinct items (fewer if the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(this.pick(items));
    return [...chosen];
  }
}

/**
 * Draws ranks 0..n-1 with Zipf's law (frequency ∝ 1/rank), as words occur in real text:
 * a few very common words and a long tail, which is what a search index has to cope with.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(size: number) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let rank = 0; rank < size; rank++) {
      sum += 1 / (rank + 1);
      this.cumulative[rank] = sum;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank] = (this.cumulative[rank] ?? 0) / sum;
  }

  draw(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 1) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
