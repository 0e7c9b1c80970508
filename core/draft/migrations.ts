/**
 * Upgrades of older draft files, one step per schema version: `MIGRATIONS[n]` turns a version-n
 * document into a version-(n+1) one. They work on plain JSON (the old shape has no schema any more);
 * the result is validated with the current ReportSchema afterwards, so a migration may be lenient.
 */
import { SCHEMA_VERSION } from '../model/report';

export type JsonObject = { [key: string]: unknown };
export type Migration = (doc: JsonObject) => JsonObject;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textBlocks(paragraphs: unknown): unknown {
  if (!Array.isArray(paragraphs)) return paragraphs;
  const blocks = paragraphs.map((p) =>
    typeof p === 'string' ? { type: 'paragraph', children: [{ text: p }] } : p,
  );
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', children: [{ text: '' }] }];
}

/**
 * Version 0 was the prototype's shape (kept so the mechanism is exercised by real files):
 * `template` instead of `templateId`, metadata flat on the report (`org`, `year`, `date`),
 * sections holding `paragraphs` as plain strings, and no comments, confirmations or baseline.
 */
const v0ToV1: Migration = (doc) => {
  const sections = Array.isArray(doc.sections)
    ? doc.sections.map((s: unknown) => {
        if (!isObject(s)) return s;
        const { paragraphs, ...rest } = s;
        return 'blocks' in rest ? rest : { ...rest, blocks: textBlocks(paragraphs) };
      })
    : doc.sections;
  return {
    schemaVersion: 1,
    templateId: doc.template,
    meta: {
      org: doc.org,
      year: doc.year,
      title: doc.title ?? null,
      signature: doc.signature ?? null,
      date: doc.date ?? null,
      recipient: doc.recipient ?? null,
      docNumber: null,
    },
    preamble: textBlocks(doc.preamble ?? []),
    sections,
    comments: [],
    confirmations: [],
    baseline: null,
  };
};

/** Version 2 adds suggestions (修订): none in an older file. Key order follows the schema. */
const v1ToV2: Migration = (doc) => {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'suggestions') continue;
    out[k] = k === 'schemaVersion' ? 2 : v;
    if (k === 'comments') out.suggestions = [];
  }
  if (!('suggestions' in out)) out.suggestions = [];
  return out;
};

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: v0ToV1, 1: v1ToV2 };

/** Apply the migrations from `version` up to SCHEMA_VERSION. Returns null if a step is missing. */
export function migrate(doc: JsonObject, version: number): JsonObject | null {
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return null;
    current = step(current);
  }
  return current;
}
