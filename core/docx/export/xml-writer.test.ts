/**
 * The export's XML writer (xml-writer.ts, used through zip-package.ts) writes what the docx library's own
 * writer writes, byte for byte: on the quirks of the library's object format, and on whole exports with
 * every optional part (comments with replies and resolved threads, 修订, 版头, 版记, 附件, seal).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  Bookmark,
  Document,
  ExternalHyperlink,
  IgnoreIfEmptyXmlComponent,
  LevelFormat,
  NextAttributeComponent,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../api/contract';
import { paragraph } from '../../model/content';
import type { Report } from '../../model/report';
import { suggestDelete, suggestInsert } from '../../suggestions/index';
import { findTemplate } from '../../../templates/index';
import { sampleReport } from '../../../test/render/sample-report';
import { exportDocx } from './export-docx';
import { packDocx, useLibraryWriter } from './zip-package';
import { xmlOf } from './xml-writer';

const template = findTemplate('zhanjiang-department')!;

afterEach(() => useLibraryWriter(false));

/** A component that gives `prepForXml` output as it is, to reach every branch of the writer. */
class Raw extends XmlComponent {
  constructor(private readonly output: object) {
    super('raw');
  }
  override prepForXml(): never {
    return this.output as never;
  }
}

/** A generic element with any children the library's components may hold. */
class Element extends XmlComponent {
  constructor(name: string, children: unknown[]) {
    super(name);
    this.root.push(...(children as never[]));
  }
}
class Optional extends IgnoreIfEmptyXmlComponent {
  constructor(name: string, children: unknown[], includeIfEmpty?: boolean) {
    super(name, includeIfEmpty);
    this.root.push(...(children as never[]));
  }
}
class Attrs extends XmlAttributeComponent<{ val?: string | number; other?: string }> {
  protected override readonly xmlKeys = { val: 'w:val' } as never;
}

async function bothWriters(make: () => Document): Promise<[Uint8Array, Uint8Array]> {
  const when = new Date(2025, 0, 6);
  useLibraryWriter(true);
  const library = await packDocx(make(), [], when);
  useLibraryWriter(false);
  const ours = await packDocx(make(), [], when);
  return [library, ours];
}

/**
 * The library numbers hyperlinks (random ids), bookmarks and table-of-contents entries from counters
 * that go on from document to document: those are compared as placeholders.
 */
const counters = (xml: string) =>
  xml
    .replace(/rId[\w-]{12,}/g, 'rId*')
    .replace(/_Toc\d+/g, '_Toc*')
    .replace(/(w:id|r:id)="[^"]*"/g, '$1="*"');

function expectSameParts(library: Uint8Array, ours: Uint8Array): void {
  const a = unzipSync(library);
  const b = unzipSync(ours);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const name of Object.keys(a)) {
    if (name === 'docProps/core.xml') continue;
    const x = counters(strFromU8(a[name]!));
    const y = counters(strFromU8(b[name]!));
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    // the first difference with some context, rather than two long strings
    expect(y.slice(at - 80, at + 80), name).toBe(x.slice(at - 80, at + 80));
    expect(y.length, name).toBe(x.length);
  }
}

describe('xml-writer', () => {
  it('writes simple elements', () => {
    expect(xmlOf({ 'w:p': {} })).toBe('<w:p/>');
    expect(xmlOf({ 'w:b': { _attr: { 'w:val': false } } })).toBe('<w:b w:val="false"/>');
    expect(xmlOf({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'a<b & "c"'] })).toBe(
      '<w:t xml:space="preserve">a&lt;b &amp; &quot;c&quot;</w:t>',
    );
    expect(xmlOf({ 'w:r': [{ 'w:br': {} }, { 'w:t': ['x'] }] })).toBe('<w:r><w:br/><w:t>x</w:t></w:r>');
  });

  it('has the library writer’s quirks, element by element', async () => {
    const odd: object[] = [
      { 'x:a': [{ _attr: { k: 1 } }, { _attr: { l: 'v' } }] }, // only attributes, in an array
      { 'x:b': [{ 'x:c': {} }, 'text after an element'] }, // the text replaces the element
      { 'x:d': ['one', 'two'] }, // the last text wins
      { 'x:e': ['text', { 'x:f': {} }] }, // an element after text is kept
      { 'x:g': 'plain\u0001<text>' }, // control characters dropped, markup escaped
      { 'x:h': 42 },
      { 'x:i': undefined },
      { 'x:j': null },
      { 'x:k': { _attr: { u: undefined, s: "it's" } } },
      { 'x:l': [{}, { 'x:m': [] }] },
      { 'x:n': { _cdata: 'a]]>b' } },
      { 'x:o': [undefined, 7, true] },
      { 'x:p': [] },
    ];
    const [library, ours] = await bothWriters(
      () =>
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ children: [...odd.map((o) => new Raw(o) as never), new TextRun('正文')] }),
              ],
            },
          ],
        }),
    );
    expectSameParts(library, ours);
  });

  it('writes components as the library does: empty, attributes, mixed children, runs split in parts', async () => {
    const children = (): never[] =>
      [
        new Element('x:a', [new Attrs({ val: 1, other: 'o"' }), 'text', new Element('x:b', [])]),
        new Element('x:c', [new Attrs({ val: undefined })]),
        new Element('x:d', [new Attrs({ val: 1 }), new Attrs({ other: 'two' })]),
        new Element('x:q', [
          new NextAttributeComponent({
            a: { key: 'k', value: 1 },
            b: { key: 'u', value: undefined as never },
            c: { key: 'z', value: '<z>' },
            d: { key: 'k', value: 2 },
          }),
        ]),
        new Element('x:e', [5, ['in', 'an array'], { 'x:f': {} }, { _attr: { raw: 'yes' } }]),
        new Element('x:g', [new Optional('x:h', []), new Optional('x:i', [], true)]),
        new Element('x:j', [new Element('x:k', []), 'after']),
        new TextRun({ children: ['第', PageNumber.CURRENT, '页', new TextRun('内')] }),
        new Bookmark({ id: 'b1', children: [new TextRun('书签')] }),
        new TextRun({ text: '粗', bold: true, break: 1, color: 'FF0000', size: 32 }),
      ] as never[];
    const [library, ours] = await bothWriters(
      () =>
        new Document({
          numbering: {
            config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
          },
          sections: [
            {
              children: [
                new Paragraph({ children: children() }),
                new Paragraph({ children: [] }),
                new Paragraph({ numbering: { reference: 'n', level: 0 }, children: children() }),
                new Paragraph({
                  children: [
                    new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('链接')] }),
                  ],
                }),
                new Table({
                  rows: [
                    new TableRow({
                      children: [new TableCell({ children: [new Paragraph({ children: children() })] })],
                    }),
                  ],
                }),
              ],
            },
            { children: [new Paragraph({ children: children() })] },
          ],
        }),
    );
    expectSameParts(library, ours);
  });

  it('leaves a document with a table of contents to the library', async () => {
    const [library, ours] = await bothWriters(
      () =>
        new Document({
          sections: [
            {
              children: [
                new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }),
                new Paragraph({ heading: 'Heading1', children: [new TextRun('一、标题')] }),
              ],
            },
          ],
        }),
    );
    expectSameParts(library, ours);
  });

  it('gives the same DOCX bytes as the library’s writer for whole exports, every option on', async () => {
    const report: Report = sampleReport(template, { chars: 6000, comments: true });
    report.meta.docNumber = '吴科工贸〔2025〕1号';
    report.attachments = [
      { name: '执法数据统计表', blocks: [paragraph('全年办理案件42件。'), paragraph('其中简易程序30件。')] },
      { name: '工作台账' },
    ];
    let reviewed = suggestInsert(
      report,
      { sectionId: report.sections[0]!.id, blockIndex: 1, offset: 2 },
      '集中',
      { author: '李审', createdAt: '2025-01-10T10:00:00.000Z' },
    ).report;
    reviewed = suggestDelete(
      reviewed,
      { sectionId: report.sections[1]!.id, blockIndex: 1, offset: 1, length: 3 },
      { author: '王核', createdAt: '2025-01-11T09:30:00.000Z' },
    ).report;
    const cases: [Report, Partial<ExportOptions>][] = [
      [report, {}],
      [report, { header: true, footerBlock: true, seal: true, boldLevel3: true, cc: ['市司法局'] }],
      [report, { comments: true, fonts: 'win10' }],
      [reviewed, { comments: true, header: true, footerBlock: true }],
      [reviewed, { acceptAll: true }],
    ];
    for (const [r, o] of cases) {
      const options = { ...DEFAULT_EXPORT_OPTIONS, ...o };
      useLibraryWriter(true);
      const library = (await exportDocx(r, template, options)).bytes;
      useLibraryWriter(false);
      const ours = (await exportDocx(r, template, options)).bytes;
      expectSameParts(library, ours);
      expect(Buffer.from(ours).equals(Buffer.from(library)), JSON.stringify(o)).toBe(true);
    }
  });
});
