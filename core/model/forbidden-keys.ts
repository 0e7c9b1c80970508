/**
 * `__proto__` as a key: JSON.parse keeps it as an own property, but a schema's output object (zod's
 * records) or any spread or assignment turns it into a prototype change and loses it, so a round trip
 * would silently drop it. gwdraft refuses it everywhere it reads JSON (draft files, API requests),
 * consistently with the strict schemas that refuse every other unknown key.
 */
export const FORBIDDEN_KEY = '__proto__';

/** One object or array met in the walk, with how it was reached (the path is only spelled out if needed). */
interface Step {
  v: object;
  parent: Step | null;
  key: string;
}

/** The path of the first `__proto__` key in a parsed JSON value ("baseline.sections.__proto__"), or null. */
export function forbiddenKeyPath(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Step[] = [{ v: value, parent: null, key: '' }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { v } = step;
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, FORBIDDEN_KEY)) {
      const keys = [FORBIDDEN_KEY];
      for (let s: Step | null = step; s?.parent; s = s.parent) keys.unshift(s.key);
      return keys.join('.');
    }
    // Pushed last to first, so the first key is walked first.
    const push = (x: unknown, key: string) => {
      if (typeof x === 'object' && x !== null) stack.push({ v: x, parent: step, key });
    };
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) push(v[i], String(i));
    else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) push((v as Record<string, unknown>)[keys[i]!], keys[i]!);
    }
  }
  return null;
}
