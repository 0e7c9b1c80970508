/**
 * The incremental part of the checklist. Per-unit work (matches, counts, n-grams) is kept per section
 * content: keyed by the blocks array's identity (the editor replaces it immutably, so an untouched
 * section keeps its array), falling back to the content itself when the report was copied (IPC, reload).
 * Only the units of the current report are carried to the next cache, so it never grows.
 */
import type { Block } from '../model/content';

export interface CheckCache {
  readonly byBlocks: WeakMap<readonly Block[], Map<string, unknown>>;
  readonly keyOf: WeakMap<readonly Block[], string>;
  readonly byKey: ReadonlyMap<string, Map<string, unknown>>;
  readonly globals: ReadonlyMap<string, { deps: readonly unknown[]; value: unknown }>;
}

export function emptyCache(): CheckCache {
  return { byBlocks: new WeakMap(), keyOf: new WeakMap(), byKey: new Map(), globals: new Map() };
}

/**
 * The blocks' kinds and texts as one string: the key of a unit's content when identity misses. The
 * content itself rather than a hash of it: V8 hashes and compares strings natively, where a hash loop in
 * JavaScript runs cold in a one-shot `gwdraft check` (~1.4 ms for 50 pages); and two contents never
 * share a key.
 */
export function blocksKey(blocks: readonly Block[]): string {
  let key = String(blocks.length);
  for (const b of blocks) {
    key += b.type === 'heading' ? `\u0001h${b.level}` : '\u0001p';
    for (const leaf of b.children) key += leaf.text;
  }
  return key;
}

/** A cache generation being built during one evaluation. */
export class CacheBuilder {
  private readonly byKey = new Map<string, Map<string, unknown>>();
  private readonly globals = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  constructor(private readonly prev: CheckCache) {}

  /** The memo map of one unit's content (`id` keeps two sections with equal text apart). */
  entry(id: string, blocks: readonly Block[]): Map<string, unknown> {
    let e = this.prev.byBlocks.get(blocks);
    let h = this.prev.keyOf.get(blocks);
    if (h === undefined || !h.startsWith(`${id}|`)) {
      h = `${id}|${blocksKey(blocks)}`;
      this.prev.keyOf.set(blocks, h);
      e = undefined;
    }
    if (!e) {
      e = this.prev.byKey.get(h) ?? new Map<string, unknown>();
      this.prev.byBlocks.set(blocks, e);
    }
    this.byKey.set(h, e);
    return e;
  }

  global<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    const old = this.globals.get(key) ?? this.prev.globals.get(key);
    if (old && old.deps.length === deps.length && old.deps.every((d, i) => d === deps[i])) {
      this.globals.set(key, old);
      return old.value as T;
    }
    const value = compute();
    this.globals.set(key, { deps, value });
    return value;
  }

  build(): CheckCache {
    return {
      byBlocks: this.prev.byBlocks,
      keyOf: this.prev.keyOf,
      byKey: this.byKey,
      globals: this.globals,
    };
  }
}
