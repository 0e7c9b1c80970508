/**
 * Small JSON files in the app data folder (settings, recent files): read with a schema, fall back to a
 * default when missing or damaged (a damaged file is kept aside, never silently lost), written atomically.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export async function readJsonOr<S extends z.ZodType>(
  file: string,
  schema: S,
  fallback: z.infer<S>,
): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return fallback;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // invalid JSON: handled below
  }
  await rename(file, `${file}.damaged-${Date.now()}`).catch(() => {});
  return fallback;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
