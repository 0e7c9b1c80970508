/**
 * Any report the schema accepts exports: random text (controls, lone surrogates, astral characters,
 * markup characters), random sub-heading levels, comment marks pointing at threads that exist or not.
 * Every XML part stays well-formed, nothing throws, and the bytes are those of the library's own XML writer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import type { Block, TextLeaf } from '../../model/content';
import { ReportSchema, type Report, type Thread } from '../../model/report';
import { findTemplate } from '../../../templates/index';
import { sampleReport } from '../../../test/render/sample-report';
import { exportDocx } from './export-docx';
import { useLibraryWriter } from './zip-package';

const template = findTemplate('zhanjiang-department')!;
// Characters XML 1.0 forbids (the validator above does not look at character ranges).
const INVALID_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\uD800',
    '\uDFFF',
    '𠀀',
    '<&>"\'',
    '\u200F',
    '\u202E',
    '\t',
    '\n',
    ']]>',
  ),
);
const text = fc.array(nasty, { maxLength: 4 }).map((parts) => parts.join(''));
const leaf: fc.Arbitrary<TextLeaf> = fc.record(
  {
    text,
    bold: fc.constant(true as const),
    comments: fc.uniqueArray(fc.constantFrom('t1', 't2', 'nope'), { minLength: 1 }),
  },
  { requiredKeys: ['text'] },
);
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    type: fc.constant('paragraph' as const),
    children: fc.array(leaf, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('heading' as const),
    level: fc.constantFrom(2 as const, 3 as const, 4 as const),
    children: fc.array(leaf, { minLength: 1, maxLength: 2 }),
  }),
);

function thread(id: string, body: string, resolved: boolean, replies: number): Thread {
  return {
    id,
    anchor: { exact: body, prefix: '', suffix: '', sectionId: 'measures', blockIndex: null, offset: null },
    comments: Array.from({ length: replies + 1 }, (_, i) => ({
      id: `${id}-${i}`,
      author: body,
      initials: body.slice(0, 3),
      // A date-time without seconds or zone is valid too (a draft's createdAt must be a real date-time).
      createdAt: i === 0 ? '2025-01-08T09:30' : '2025-01-08T09:30:00.000Z',
      text: body,
    })),
    resolved,
    detached: false,
  };
}

describe('exportDocx on arbitrary reports', () => {
  it('always produces well-formed parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(block, { minLength: 1, maxLength: 5 }), { minLength: 7, maxLength: 7 }),
        text,
        text,
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        fc.record({
          header: fc.boolean(),
          footerBlock: fc.boolean(),
          seal: fc.boolean(),
          comments: fc.boolean(),
        }),
        async (sections, org, note, resolved, replies, flags) => {
          const base = sampleReport(template, { chars: 100 });
          const report: Report = {
            ...base,
            meta: { ...base.meta, org, recipient: note, docNumber: note, signature: note || null },
            sections: base.sections.map((s, i) => ({ ...s, blocks: sections[i]! })),
            comments: [thread('t1', note, resolved, replies), thread('t2', org, !resolved, 0)],
          };
          expect(ReportSchema.safeParse(report).success).toBe(true);
          const { bytes } = await exportDocx(report, template, {
            ...DEFAULT_EXPORT_OPTIONS,
            ...flags,
            cc: [note],
          });
          // the export's XML writer writes what the library's own writer would, byte for byte
          useLibraryWriter(true);
          try {
            const library = await exportDocx(report, template, {
              ...DEFAULT_EXPORT_OPTIONS,
              ...flags,
              cc: [note],
            });
            expect(Buffer.from(bytes).equals(Buffer.from(library.bytes))).toBe(true);
          } finally {
            useLibraryWriter(false);
          }
          const files = unzipSync(bytes);
          for (const [name, data] of Object.entries(files)) {
            if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
            const xml = strFromU8(data);
            expect(XMLValidator.validate(xml), name).toBe(true);
            expect(INVALID_XML_CHAR.test(xml), name).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
