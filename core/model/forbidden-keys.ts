/**
 * `__proto__` as a key: JSON.parse keeps it as an own property, but a schema's output object (zod's
 * records) or any spread or assignment turns it into a prototype change and loses it, so a round trip
 * would silently drop it. gwdraft refuses it everywhere it reads JSON (draft files, API requests),
 * consistently with the strict schemas that refuse every other unknown key.
 */
export const FORBIDDEN_KEY = '__proto__';

/** Whether a parsed JSON value has a `__proto__` key anywhere: no paths built (most values have none). */
function hasForbiddenKey(value: unknown): boolean {
  const stack: object[] = [];
  if (typeof value === 'object' && value !== null) stack.push(value);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, FORBIDDEN_KEY)) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v))
      if (typeof x === 'object' && x !== null) stack.push(x as object);
  }
  return false;
}

/** The path of the first `__proto__` key in a parsed JSON value ("baseline.sections.__proto__"), or null. */
export function forbiddenKeyPath(value: unknown): string | null {
  if (!hasForbiddenKey(value)) return null;
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], path: path ? `${path}.${i}` : String(i) });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(v, FORBIDDEN_KEY))
      return path ? `${path}.${FORBIDDEN_KEY}` : FORBIDDEN_KEY;
    for (const k of Object.keys(v))
      stack.push({ v: (v as Record<string, unknown>)[k], path: path ? `${path}.${k}` : k });
  }
  return null;
}
