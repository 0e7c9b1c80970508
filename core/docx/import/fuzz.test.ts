/** Fuzz: whatever the bytes, the importer returns a report or throws a DocxImportError — no crash, no hang. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTemplate } from '../../../templates/index';
import { ReportSchema } from '../../model/report';
import { documentXml, makeDocx, commentsXml } from '../../../test/fixtures/docx/make-docx';
import { reviewDocx } from '../../../test/fixtures/docx/review-fixture';
import { DocxImportError, importDocx } from './index';

const template = findTemplate('zhanjiang-department')!;

function tryImport(bytes: Uint8Array): void {
  try {
    const { report } = importDocx(bytes, { template, fallbackYear: 2024 });
    expect(ReportSchema.safeParse(report).success).toBe(true);
  } catch (e) {
    if (!(e instanceof DocxImportError)) throw e;
  }
}

describe('DOCX importer fuzz', () => {
  const good = reviewDocx();

  it('mutated and truncated archives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.integer({ min: 1, max: good.length }),
        (edits, length) => {
          const bytes = good.slice(0, length);
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          tryImport(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

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

  it('random WordprocessingML in document.xml and comments.xml', () => {
    fc.assert(
      fc.property(
        fc.array(xmlChunk, { maxLength: 60 }),
        fc.array(xmlChunk, { maxLength: 20 }),
        (body, comment) => {
          tryImport(
            makeDocx({
              document: documentXml(body.join('')),
              comments: commentsXml([
                { id: 0, author: comment.join(''), date: 'x', text: comment.join(''), paraId: 'zz' },
              ]),
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random strings as document.xml', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        tryImport(makeDocx({ document: s }));
      }),
      { numRuns: 200 },
    );
  });

  it('deep nesting is refused, not a stack overflow', () => {
    const deep = documentXml('<w:sdt><w:sdtContent>'.repeat(5000) + '</w:sdtContent></w:sdt>'.repeat(5000));
    tryImport(makeDocx({ document: deep }));
  });
});
