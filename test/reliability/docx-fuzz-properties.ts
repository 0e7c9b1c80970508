/**
 * Fuzz properties of the DOCX importer, shared by the unit test (a few hundred cases) and `npm run fuzz`
 * (thousands): whatever the bytes, importDocx returns a valid report or throws a DocxImportError — no
 * other exception, no crash, no hang.
 */
import fc from 'fast-check';
import { findTemplate } from '../../templates/index';
import { ReportSchema } from '../../core/model/report';
import { DocxImportError, importDocx } from '../../core/docx/import/index';
import { commentsXml, documentXml, makeDocx } from '../fixtures/docx/make-docx';
import { reviewDocx } from '../fixtures/docx/review-fixture';

const template = findTemplate('zhanjiang-department')!;

export function importsOrRefuses(bytes: Uint8Array): void {
  try {
    const { report } = importDocx(bytes, { template, fallbackYear: 2024 });
    if (!ReportSchema.safeParse(report).success) throw new Error('importDocx returned an invalid report');
  } catch (e) {
    if (!(e instanceof DocxImportError)) throw e;
  }
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
              importsOrRefuses(
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
      name: 'importDocx: random strings as document.xml',
      run: () =>
        fc.assert(
          fc.property(fc.string({ maxLength: 300 }), (s) => importsOrRefuses(makeDocx({ document: s }))),
          { numRuns: runs },
        ),
    },
  ];
}
