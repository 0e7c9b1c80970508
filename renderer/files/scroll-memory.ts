/**
 * Where the user left each file in this session: a file opens at its top, or where it was left. Keyed
 * by path; a document never saved has nothing to remember.
 */
const positions = new Map<string, number>();

export function rememberScroll(path: string | null, top: number): void {
  if (path !== null) positions.set(path, top);
}

export function rememberedScroll(path: string | null): number {
  return path === null ? 0 : (positions.get(path) ?? 0);
}
