/** Deterministic ids (pure code has no randomness): a short hash of a seed, bumped until unused. */
export function hash36(seed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function uniqueId(prefix: string, seed: string, taken: ReadonlySet<string>): string {
  let id = `${prefix}${hash36(seed)}`;
  for (let n = 2; taken.has(id); n++) id = `${prefix}${hash36(seed)}-${n}`;
  return id;
}
