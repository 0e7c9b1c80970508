/**
 * A quick, read-only answer to "does this parsed JSON pass ReportSchema exactly as it is?", for the
 * commands that only read a draft (`gwdraft check`, `info`).
 *
 * zod's parse of a 50-page draft is ~10 ms in a fresh process (it runs cold in V8's interpreter, builds
 * a payload and an issue list for every node and copies the whole report). This walk checks the same
 * rules with plain property reads and returns the input itself. It is conservative: it says yes only
 * when zod would accept the value and return a deep-equal copy of it (core/draft/plain-report.test.ts
 * checks both on mutated drafts); on anything else, and on everything it does not know (a report
 * carrying its own template), it says no and parseDraft runs zod, which gives the usual clear error.
 * The value returned has the file's key order, not the schema's: that is why only readers use it (a
 * save writes what zod returned).
 */
import { isIsoDate, isIsoDateTime, SCHEMA_VERSION, type Report } from '../model/report';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length >= 1;
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isIndexOrNull = (v: unknown): boolean => v === null || (isInt(v) && v >= 0);

/** Every key of `o` is one of `allowed` (the schemas are strict: any other key is refused). */
function keysWithin(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
const LEAF = keys('text', 'bold', 'comments', 'ins', 'del');
const BLOCK = keys('type', 'level', 'children', 'carried', 'runIn');
const META = keys('org', 'year', 'title', 'signature', 'date', 'recipient', 'docNumber');
const SECTION = keys('id', 'heading', 'blocks');
const ANCHOR = keys('exact', 'prefix', 'suffix', 'sectionId', 'blockIndex', 'offset');
const COMMENT = keys('id', 'author', 'initials', 'unit', 'createdAt', 'text');
const THREAD = keys('id', 'anchor', 'comments', 'resolved', 'detached');
const DELETED = keys('author', 'unit', 'createdAt', 'textHash', 'replyTo');
const SUGGESTION = keys('id', 'type', 'author', 'unit', 'createdAt', 'anchor', 'detached');
const CONFIRMATION = keys('itemId', 'note', 'by', 'at');
const BASELINE = keys('year', 'sections');
const ATTACHMENT = keys('name', 'blocks');
const REPORT = keys(
  'schemaVersion',
  'templateId',
  'meta',
  'preamble',
  'sections',
  'comments',
  'deletedComments',
  'suggestions',
  'confirmations',
  'baseline',
  'attachments',
); // not 'template': a report carrying its template goes to zod

function leaf(v: unknown): boolean {
  if (!isObj(v) || !keysWithin(v, LEAF) || !isStr(v.text)) return false;
  if (v.bold !== undefined && v.bold !== true) return false;
  if (v.ins !== undefined && !isNonEmpty(v.ins)) return false;
  if (v.del !== undefined && !isNonEmpty(v.del)) return false;
  if (v.comments !== undefined) {
    if (!Array.isArray(v.comments)) return false;
    for (const c of v.comments) if (!isNonEmpty(c)) return false;
  }
  return true;
}

function block(v: unknown): boolean {
  if (!isObj(v) || !keysWithin(v, BLOCK)) return false;
  if (v.type === 'paragraph') {
    if (v.level !== undefined || v.runIn !== undefined) return false;
  } else if (v.type === 'heading') {
    if (v.level !== 2 && v.level !== 3 && v.level !== 4) return false;
    if (v.runIn !== undefined && v.runIn !== true) return false;
  } else return false;
  if (v.carried !== undefined && v.carried !== true) return false;
  const children = v.children;
  if (!Array.isArray(children) || children.length < 1) return false;
  for (const c of children) if (!leaf(c)) return false;
  return true;
}

function blocks(v: unknown, min: number): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (const b of v) if (!block(b)) return false;
  return true;
}

function anchor(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, ANCHOR) &&
    isStr(v.exact) &&
    isStr(v.prefix) &&
    isStr(v.suffix) &&
    isStrOrNull(v.sectionId) &&
    isIndexOrNull(v.blockIndex) &&
    isIndexOrNull(v.offset)
  );
}

function all(v: unknown, each: (x: unknown) => boolean, min = 0): boolean {
  if (!Array.isArray(v) || v.length < min) return false;
  for (const x of v) if (!each(x)) return false;
  return true;
}

const dateTime = (v: unknown): boolean => isStr(v) && isIsoDateTime(v);

function comment(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, COMMENT) &&
    isNonEmpty(v.id) &&
    isStr(v.author) &&
    isStr(v.initials) &&
    (v.unit === undefined || isStr(v.unit)) &&
    dateTime(v.createdAt) &&
    isStr(v.text)
  );
}

function thread(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, THREAD) &&
    isNonEmpty(v.id) &&
    anchor(v.anchor) &&
    all(v.comments, comment, 1) &&
    isBool(v.resolved) &&
    isBool(v.detached)
  );
}

function deleted(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, DELETED) &&
    isStr(v.author) &&
    (v.unit === undefined || isStr(v.unit)) &&
    dateTime(v.createdAt) &&
    isNonEmpty(v.textHash) &&
    (v.replyTo === undefined || isNonEmpty(v.replyTo))
  );
}

function suggestion(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, SUGGESTION) &&
    isNonEmpty(v.id) &&
    (v.type === 'insert' || v.type === 'delete') &&
    isStr(v.author) &&
    (v.unit === undefined || isStr(v.unit)) &&
    dateTime(v.createdAt) &&
    anchor(v.anchor) &&
    isBool(v.detached)
  );
}

function confirmation(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, CONFIRMATION) &&
    isNonEmpty(v.itemId) &&
    isStr(v.note) &&
    isStr(v.by) &&
    dateTime(v.at)
  );
}

function baseline(v: unknown): boolean {
  if (v === null) return true;
  if (!isObj(v) || !keysWithin(v, BASELINE) || !isInt(v.year) || !isObj(v.sections)) return false;
  for (const k in v.sections)
    if (!Object.prototype.hasOwnProperty.call(v.sections, k) || !isStr(v.sections[k])) return false;
  return true;
}

function meta(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, META) &&
    isStr(v.org) &&
    isInt(v.year) &&
    v.year >= 2000 &&
    v.year <= 2100 &&
    isStrOrNull(v.title) &&
    isStrOrNull(v.signature) &&
    (v.date === null || (isStr(v.date) && isIsoDate(v.date))) &&
    isStrOrNull(v.recipient) &&
    isStrOrNull(v.docNumber)
  );
}

function section(v: unknown): boolean {
  return (
    isObj(v) &&
    keysWithin(v, SECTION) &&
    isNonEmpty(v.id) &&
    (v.heading === undefined || isStr(v.heading)) &&
    blocks(v.blocks, 1)
  );
}

function attachment(v: unknown): boolean {
  return (
    isObj(v) && keysWithin(v, ATTACHMENT) && isStr(v.name) && (v.blocks === undefined || blocks(v.blocks, 0))
  );
}

/** True only when ReportSchema accepts `v` and returns a deep-equal copy of it. */
export function isPlainValidReport(v: unknown): v is Report {
  return (
    isObj(v) &&
    keysWithin(v, REPORT) &&
    v.schemaVersion === SCHEMA_VERSION &&
    isNonEmpty(v.templateId) &&
    meta(v.meta) &&
    blocks(v.preamble, 0) &&
    all(v.sections, section, 1) &&
    all(v.comments, thread) &&
    (v.deletedComments === undefined || all(v.deletedComments, deleted)) &&
    all(v.suggestions, suggestion) &&
    all(v.confirmations, confirmation) &&
    baseline(v.baseline) &&
    (v.attachments === undefined || all(v.attachments, attachment))
  );
}
