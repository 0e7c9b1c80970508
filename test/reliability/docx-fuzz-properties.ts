/**
 * Fuzz properties of the DOCX importer, shared by the unit test (a few hundred cases) and `npm run fuzz`
 * (thousands): whatever the bytes, importDocx returns a valid report or throws a DocxImportError — no
 * other exception, no crash, no hang.
 */
import fc from 'fast-check';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { findTemplate } from '../../templates/index';
import { ReportSchema } from '../../core/model/report';
import { DraftError, encodeDraft, parseDraftBytes } from '../../core/draft/index';
import { DocxImportError, importDocx, type ZipLimits } from '../../core/docx/import/index';
import { commentsXml, documentXml, makeDocx, p, r } from '../fixtures/docx/make-docx';
import { rawZip, type RawEntry } from '../fixtures/docx/hostile-zip';
import { reviewDocx } from '../fixtures/docx/review-fixture';

const template = findTemplate('zhanjiang-department')!;

/**
 * importDocx returns a valid report or throws a DocxImportError; and what it returns can be written as a
 * draft that loads again, or is refused before writing (too large): an import never leads to a draft
 * gwdraft cannot reopen. Returns the error code, or 'imported'.
 */
export function importsOrRefuses(bytes: Uint8Array, limits?: ZipLimits): string {
  let report;
  try {
    report = importDocx(bytes, { template, fallbackYear: 2024, ...(limits ? { limits } : {}) }).report;
  } catch (e) {
    if (!(e instanceof DocxImportError)) throw e;
    return e.code;
  }
  if (!ReportSchema.safeParse(report).success) throw new Error('importDocx returned an invalid report');
  let encoded: Uint8Array;
  try {
    encoded = encodeDraft(report, 'fuzz.gwdraft');
  } catch (e) {
    if (e instanceof DraftError && e.code === 'too-large-to-save') return 'imported';
    throw e;
  }
  parseDraftBytes(encoded, { fileName: 'fuzz.gwdraft' }); // throws if written-but-unreadable
  return 'imported';
}

/** Small caps so the fuzzer reaches them in every case without allocating much. */
const SMALL_LIMITS: ZipLimits = { maxFileBytes: 4 << 20, maxUnpackedBytes: 1 << 20, maxEntries: 50 };

const PART_NAMES = [
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
  'word/media/image1.png',
  '[Content_Types].xml',
];

/** What an entry of a hostile archive holds. */
const entryContent = fc.oneof(
  // A valid small document body.
  fc.constant({ kind: 'doc' as const, size: 0 }),
  // Spaces: compresses ~1000:1, so a few KB of stream make megabytes.
  fc.record({ kind: fc.constant('spaces' as const), size: fc.integer({ min: 0, max: 3 << 19 }) }),
  // A zip (of a bomb) stored as the part: must never be unpacked.
  fc.record({ kind: fc.constant('nested' as const), size: fc.integer({ min: 0, max: 1 << 19 }) }),
  // Random bytes.
  fc.record({ kind: fc.constant('random' as const), size: fc.integer({ min: 0, max: 400 }) }),
);

const SMALL_DOC = strToU8(documentXml(p(r('一、学习贯彻')) + p(r('正文。'))));

function contentBytes(
  c: { kind: 'doc' | 'spaces' | 'nested' | 'random'; size: number },
  seed: number,
): Uint8Array {
  if (c.kind === 'doc') return SMALL_DOC;
  if (c.kind === 'spaces') return new Uint8Array(c.size).fill(0x20);
  if (c.kind === 'nested')
    return zipSync({ 'word/document.xml': new Uint8Array(c.size).fill(0x20) }, { level: 1 });
  return Uint8Array.from({ length: c.size }, (_, i) => (i * 7919 + seed) % 256);
}

/** A hostile archive: entries whose declared sizes may lie, aliases over one stream, shifted offsets. */
const hostileArchive = fc.record({
  entries: fc.array(
    fc.record({
      name: fc.constantFrom(...PART_NAMES),
      content: entryContent,
      stored: fc.boolean(),
      // Declared size: the truth, smaller (a lie), or larger.
      lie: fc.constantFrom('true', 'smaller', 'larger', 'tiny'),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  aliases: fc.array(fc.record({ name: fc.constantFrom(...PART_NAMES), target: fc.nat() }), { maxLength: 6 }),
  shift: fc.option(fc.record({ index: fc.nat(), by: fc.integer({ min: -200, max: 200 }) }), { nil: null }),
  seed: fc.nat(255),
});

type HostileArchive = typeof hostileArchive extends fc.Arbitrary<infer T> ? T : never;

function build(a: HostileArchive): { bytes: Uint8Array; shares: boolean; lies: boolean } {
  const seen = new Set<string>();
  const entries: RawEntry[] = [];
  let lies = false;
  for (const e of a.entries) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    const raw = contentBytes(e.content, a.seed);
    const data = e.stored ? raw : deflateSync(raw, { level: 1 });
    const declaredSize =
      e.lie === 'true'
        ? raw.length
        : e.lie === 'larger'
          ? raw.length + 1000
          : e.lie === 'tiny'
            ? 1
            : raw.length >> 1;
    if (declaredSize < raw.length && !e.stored) lies = true;
    entries.push({ name: e.name, data, method: e.stored ? 0 : 8, declaredSize });
  }
  const aliases = a.aliases
    .filter((x) => !seen.has(x.name) && (seen.add(x.name), true))
    .map((x) => ({ name: x.name, target: x.target % entries.length }));
  const shift = a.shift;
  const bytes = rawZip(entries, {
    aliases,
    ...(shift ? { offsetShift: (i: number) => (i === shift.index % entries.length ? shift.by : 0) } : {}),
  });
  return { bytes, shares: aliases.length > 0, lies };
}

const xmlChunk = fc.constantFrom(
  '<w:p>',
  '</w:p>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '</w:t>',
  '<w:t xml:space="preserve">一、深入学习</w:t>',
  '<w:commentRangeStart w:id="0"/>',
  '<w:commentRangeEnd w:id="0"/>',
  '<w:commentRangeStart w:id="x"/>',
  '<w:del w:id="1">',
  '</w:del>',
  '<w:delText>删</w:delText>',
  '<w:tbl><w:tr><w:tc>',
  '</w:tc></w:tr></w:tbl>',
  '<w:pPr><w:outlineLvl w:val="99"/></w:pPr>',
  '<w:rPr><w:b w:val="false"/></w:rPr>',
  '&amp;',
  '&#xFFFFFF;',
  '&#0;',
  '<![CDATA[（一）]]>',
  '<!-- c -->',
  '<',
  '>',
  '"',
  '（1）',
  '2024年12月1日',
);

export function docxImportProperties(runs: number): { name: string; run: () => void }[] {
  const good = reviewDocx();
  return [
    {
      name: 'importDocx: a valid DOCX, mutated and truncated',
      run: () =>
        fc.assert(
          fc.property(
            fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
            fc.integer({ min: 1, max: good.length }),
            (edits, length) => {
              const bytes = good.slice(0, length);
              for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
              importsOrRefuses(bytes);
            },
          ),
          { numRuns: runs },
        ),
    },
    {
      name: 'importDocx: random WordprocessingML in document.xml and comments.xml',
      run: () =>
        fc.assert(
          fc.property(
            fc.array(xmlChunk, { maxLength: 60 }),
            fc.array(xmlChunk, { maxLength: 20 }),
            (body, c) =>
              void importsOrRefuses(
                makeDocx({
                  document: documentXml(body.join('')),
                  comments: commentsXml([
                    { id: 0, author: c.join(''), date: 'x', text: c.join(''), paraId: 'zz' },
                  ]),
                }),
              ),
          ),
          { numRuns: runs },
        ),
    },
    {
      name: 'importDocx: hostile archives (lying sizes, entries sharing one stream, shifted offsets, nested zips; runs / 5 cases)',
      run: () =>
        fc.assert(
          fc.property(hostileArchive, (archive) => {
            const { bytes, shares, lies } = build(archive);
            const outcome = importsOrRefuses(bytes, SMALL_LIMITS);
            // Entries sharing bytes are always refused, and never inflated first.
            if (
              shares &&
              outcome !== 'overlapping' &&
              outcome !== 'corrupt' &&
              outcome !== 'too-many-entries' &&
              outcome !== 'too-large' // the file itself is over the cap: refused before anything
            )
              throw new Error(`entries sharing one stream were not refused (${outcome})`);
            // A deflated part declaring less than it holds is never accepted as it stands.
            if (lies && !shares && outcome === 'imported') {
              // Only possible when the lying entry is not a part gwdraft reads.
              const read = archive.entries.some(
                (e) =>
                  !e.stored &&
                  e.lie !== 'true' &&
                  e.lie !== 'larger' &&
                  PART_NAMES.slice(0, 5).includes(e.name),
              );
              if (read) throw new Error('a part that lied about its size was accepted');
            }
          }),
          { numRuns: Math.max(20, Math.floor(runs / 5)) },
        ),
    },
    {
      name: 'importDocx: random strings as document.xml',
      run: () =>
        fc.assert(
          fc.property(fc.string({ maxLength: 300 }), (s) => void importsOrRefuses(makeDocx({ document: s }))),
          { numRuns: runs },
        ),
    },
  ];
}
