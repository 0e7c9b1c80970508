import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../api/contract';
import type { Report } from '../../model/report';
import { findTemplate } from '../../../templates/index';
import { sampleReport } from '../../../test/render/sample-report';
import { exportDocx, PART } from './export-docx';

const template = findTemplate('zhanjiang-department')!;

async function exportParts(report: Report, opts: Partial<ExportOptions> = {}) {
  const { bytes, warnings } = await exportDocx(report, template, { ...DEFAULT_EXPORT_OPTIONS, ...opts });
  const files = unzipSync(bytes);
  const part = (name: string): string => {
    const f = files[name];
    if (!f) throw new Error(`missing part ${name}`);
    return strFromU8(f);
  };
  return { files, part, warnings, bytes };
}

/** The attributes of the first element `tag` in `xml` as a record. */
function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
}

function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

describe('exportDocx: page, grid and styles (GB/T 9704-2012 5.x)', () => {
  it('writes A4 with margins rounded to the nearest twip and a lines grid of pitch 579', async () => {
    const { part } = await exportParts(sampleReport(template));
    const doc = part('word/document.xml');
    expect(attrs(doc, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(doc, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:left': '1587',
      'w:bottom': '1984',
      'w:right': '1474',
    });
    expect(attrs(doc, 'w:docGrid')).toEqual({ 'w:type': 'lines', 'w:linePitch': '579' });
  });

  it('has an explicit Normal style: 16 pt, −5 twips spacing, exact 579 lines, widow control off, four font slots', async () => {
    const { part } = await exportParts(sampleReport(template));
    const styles = part(PART.styles);
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain('w:default="1"');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toContain('<w:spacing w:val="-5"/>');
    expect(normal).toContain('<w:widowControl w:val="0"/>');
    expect(normal).toContain('w:line="579" w:lineRule="exact"');
    expect(normal).toContain(
      '<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"/>',
    );
    expect(normal).not.toContain('w:ind');
    // no theme fonts anywhere
    for (const name of ['word/document.xml', PART.styles])
      expect(part(name)).not.toMatch(/w:(ascii|eastAsia|hAnsi|cs)Theme=/);
  });

  it('sets the fonts per level: 黑体, 楷体, 仿宋, 仿宋 and 小标宋 22 pt for the title; win10 names on request', async () => {
    const report = sampleReport(template);
    const font = (styles: string, id: string) => /w:eastAsia="([^"]+)"/.exec(styleXml(styles, id))?.[1];
    const gb = (await exportParts(report)).part(PART.styles);
    expect(
      ['GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4', 'GwTitle'].map((id) => font(gb, id)),
    ).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312', '方正小标宋简体']);
    expect(styleXml(gb, 'GwTitle')).toContain('<w:sz w:val="44"/>');
    expect(styleXml(gb, 'GwTitle')).toContain('<w:jc w:val="center"/>');
    expect(styleXml(gb, 'GwBody')).toContain('w:firstLineChars="200" w:firstLine="640"');
    expect(styleXml(gb, 'GwHeading3')).not.toContain('<w:b/>');
    const win = (await exportParts(report, { fonts: 'win10', boldLevel3: true })).part(PART.styles);
    expect(font(win, 'GwHeading2')).toBe('楷体');
    expect(font(win, 'Normal')).toBe('仿宋');
    expect(styleXml(win, 'GwHeading3')).toContain('<w:b/>');
  });

  it('declares every font with a fallback in the font table', async () => {
    const table = (await exportParts(sampleReport(template))).part(PART.fontTable);
    expect(table).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(table).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(table).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK"/>');
  });
});

describe('exportDocx: page numbers (7.5)', () => {
  it('writes odd and even footers: "— N —", right / left one 4号 character in, a cached PAGE result', async () => {
    const { part } = await exportParts(sampleReport(template));
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // which footer part is which: from the section's references through the relationships
    const doc = part('word/document.xml');
    const rels = part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const rid = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)![1];
      return 'word/' + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    };
    expect(target('default')).toBe(PART.footerOdd);
    expect(target('even')).toBe(PART.footerEven);
    const odd = part(PART.footerOdd);
    const even = part(PART.footerEven);
    expect(odd).toContain('<w:ind w:right="280"/><w:jc w:val="right"/>');
    expect(even).toContain('<w:ind w:left="280"/><w:jc w:val="left"/>');
    for (const [f, n] of [
      [odd, '1'],
      [even, '2'],
    ] as const) {
      expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>/);
      expect(f).toContain(
        `<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${n}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>`,
      );
      expect(f).toContain(' PAGE ');
      expect(XMLValidator.validate(f)).toBe(true);
    }
    // the Footer style: 宋体 14 pt, zero first-line indent so the body's indent cannot leak in
    const footer = styleXml(part(PART.styles), 'Footer');
    expect(footer).toContain('<w:sz w:val="28"/>');
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('w:firstLine="0" w:firstLineChars="0"');
  });
});

describe('exportDocx: title, body, signature (7.3)', () => {
  it('breaks a long title after the organ name into a trapezoid', async () => {
    const doc = (await exportParts(sampleReport(template))).part('word/document.xml');
    expect(doc).toContain(
      '<w:t xml:space="preserve">吴川市科工贸和信息化局</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">2024年法治政府建设年度报告</w:t>',
    );
  });

  it('numbers headings from the model and writes 署名 and an unpadded 成文日期 (7.3.5.2)', async () => {
    const doc = (await exportParts(sampleReport(template))).part('word/document.xml');
    expect(doc).toContain(
      '<w:pStyle w:val="GwHeading1"/></w:pPr><w:r><w:t xml:space="preserve">一、深入学习贯彻',
    );
    expect(doc).toContain(
      '<w:pStyle w:val="GwHeading1"/></w:pPr><w:r><w:t xml:space="preserve">七、其他需要报告的情况',
    );
    expect(doc).toMatch(
      /<w:pStyle w:val="GwHeading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">（一）<\/w:t>/,
    );
    expect(doc).toMatch(/<w:pStyle w:val="GwHeading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">1\.<\/w:t>/);
    expect(doc).toMatch(
      /<w:pStyle w:val="GwHeading4"\/><\/w:pPr><w:r><w:t xml:space="preserve">（1）<\/w:t>/,
    );
    // 署名 2 chars (2 × 315 twips) from the right; the date starts 2 chars right of the 署名's start:
    // written from its first character, 2 + 11 − 2 = 11 chars (3465) from the right of the 8845-twip
    // text block, as its digits print at whatever width the face and the digit spacing give them
    expect(doc).toContain(
      '<w:pStyle w:val="GwSignature"/><w:keepNext/><w:ind w:right="630"/></w:pPr><w:r><w:t xml:space="preserve">吴川市科工贸和信息化局</w:t>',
    );
    expect(doc).toContain(
      '<w:pStyle w:val="GwSignature"/><w:ind w:left="5380" w:right="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">2025年1月6日</w:t>',
    );
  });

  it('stacks a joint 署名 one organ per line, the lead organ first (联合行文, 7.3.5.2)', async () => {
    const report = sampleReport(template);
    report.meta.signature = '中共吴川市委 吴川市人民政府';
    const doc = (await exportParts(report)).part('word/document.xml');
    // the widest organ is 7 em and the date prints 7.5 em: the date keeps 2 chars from the right, so the
    // organs move left to 2 + 7.5 + 2 − 7 = 4.5 chars (1418); both end there, the lead organ first; the
    // date starts 2 chars right of the widest organ's start, 9.5 chars (2993) from the right
    expect(doc).toContain(
      '<w:pStyle w:val="GwSignature"/><w:keepNext/><w:ind w:right="1418"/></w:pPr><w:r><w:t xml:space="preserve">中共吴川市委</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="GwSignature"/><w:keepNext/><w:ind w:right="1418"/></w:pPr><w:r><w:t xml:space="preserve">吴川市人民政府</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="GwSignature"/><w:ind w:left="5852" w:right="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">2025年1月6日</w:t>',
    );
  });

  it('with a seal, sets joint organs side by side, seals apart, the last over the date (7.3.5.1)', async () => {
    const report = sampleReport(template);
    report.meta.signature = '中共吴川市委 吴川市人民政府';
    const doc = (await exportParts(report, { seal: true })).part('word/document.xml');
    // the date 4 chars (1260 twips) from the right; its centre, 4 + 7.5 / 2 = 7.75 chars from the right
    // of the 28.08-char text block (the date prints 7.5 em wide), is the last organ's centred tab
    // (20.33 × 315 = 6404); the lead organ 9 chars further left (3569), so that two seals of about 8
    // characters neither meet nor touch
    expect(doc).toContain(
      '<w:pStyle w:val="GwSignature"/><w:keepNext/><w:tabs><w:tab w:val="center" w:pos="3569"/><w:tab w:val="center" w:pos="6404"/></w:tabs><w:ind w:left="0" w:right="0"/><w:jc w:val="left"/></w:pPr>' +
        '<w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">中共吴川市委</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">吴川市人民政府</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="GwSignature"/><w:ind w:right="1260"/></w:pPr><w:r><w:t xml:space="preserve">2025年1月6日</w:t>',
    );
    // three organs: two to a row; the third alone under them, over the date, four blank lines apart
    report.meta.signature = '中共吴川市委 吴川市人民政府 吴川市政协党组';
    const three = (await exportParts(report, { seal: true })).part('word/document.xml');
    expect(three).toContain(
      '<w:t xml:space="preserve">吴川市人民政府</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>'.repeat(4) +
        '<w:p><w:pPr><w:pStyle w:val="GwSignature"/><w:keepNext/><w:tabs><w:tab w:val="center" w:pos="6404"/></w:tabs>',
    );
  });

  it('with a seal: the date 4 chars from the right and the 署名 centred over it (7.3.5.1)', async () => {
    const doc = (await exportParts(sampleReport(template), { seal: true })).part('word/document.xml');
    // date printed 7.5 em wide, 署名 11 em: centred → right indent 4 + (7.5 − 11) / 2 = 2.25 chars
    expect(doc).toContain('<w:ind w:right="1260"/></w:pPr><w:r><w:t xml:space="preserve">2025年1月6日</w:t>');
    expect(doc).toContain(
      '<w:ind w:right="709"/></w:pPr><w:r><w:t xml:space="preserve">吴川市科工贸和信息化局</w:t>',
    );
  });

  it('writes the 主送机关 flush left with a full-width colon', async () => {
    const report = sampleReport(template);
    report.meta.recipient = '吴川市人民政府';
    const doc = (await exportParts(report)).part('word/document.xml');
    expect(doc).toContain(
      '<w:pStyle w:val="GwRecipient"/></w:pPr><w:r><w:t xml:space="preserve">吴川市人民政府：</w:t>',
    );
  });

  it('writes document properties: title, creator, keywords and custom year and template id', async () => {
    const { part } = await exportParts(sampleReport(template));
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>吴川市科工贸和信息化局2024年法治政府建设年度报告</dc:title>');
    expect(core).toContain('<dc:creator>吴川市科工贸和信息化局</dc:creator>');
    expect(core).toContain('<cp:keywords>');
    expect(core).toMatch(/<dcterms:created[^>]*>\d{4}-/);
    const custom = part('docProps/custom.xml');
    expect(custom).toMatch(/name="year"><vt:lpwstr>2024</);
    expect(custom).toMatch(/name="templateId"><vt:lpwstr>zhanjiang-department</);
  });
});

describe('exportDocx: text safety', () => {
  it('drops XML-invalid characters with a warning, keeps CJK extension B, escapes markup', async () => {
    const report = sampleReport(template);
    report.sections[0]!.blocks = [
      { type: 'paragraph', children: [{ text: '控制\u0007字符\u0000与\uD800孤立代理𠀀𪚥<b>&"\'\u200F' }] },
    ];
    const { part, warnings } = await exportParts(report);
    const doc = part('word/document.xml');
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(doc).toContain('控制字符与孤立代理𠀀𪚥&lt;b&gt;&amp;');
    // eslint-disable-next-line no-control-regex
    expect(doc).not.toMatch(/[\u0000-\u0008]/);
    expect(warnings[0]).toMatch(/已删除 3 个/);
    expect(warnings[0]).toContain('U+0007');
    expect(warnings[0]).toContain('U+D800');
  });

  it('counts a character dropped from the metadata once, though the org appears in several places', async () => {
    const report = sampleReport(template);
    report.meta.org = '吴川市\u0007科工贸和信息化局';
    const { part, warnings } = await exportParts(report, { header: true, footerBlock: true });
    expect(warnings[0]).toMatch(/已删除 1 个/);
    expect(part('docProps/core.xml')).toContain('<dc:creator>吴川市科工贸和信息化局</dc:creator>');
  });

  it('has no comments part by default, even when the report has threads', async () => {
    const { files, part } = await exportParts(sampleReport(template, { comments: true }));
    expect(Object.keys(files).filter((f) => /comments/i.test(f))).toEqual([]);
    expect(part('word/document.xml')).not.toContain('commentRangeStart');
    expect(part('[Content_Types].xml')).not.toContain('comments');
  });
});

describe('exportDocx: Word comments (issue 8)', () => {
  it('writes threads as comments with replies, resolved state, ranges over the marked text', async () => {
    const { part, warnings } = await exportParts(sampleReport(template, { comments: true }), {
      comments: true,
    });
    const comments = part('word/comments.xml');
    const all = [...comments.matchAll(/<w:comment ([^>]*)>/g)].map((m) => m[1]!);
    expect(all).toHaveLength(4);
    expect(all[0]).toContain('w:author="李审阅（市司法局）"');
    expect(all[0]).toContain('w:initials="LSY"');
    expect(all[0]).toContain('w:date="2025-01-08T09:30:00');
    expect(all[1]).toContain('w:author="王起草"');
    expect(comments).toContain('请补充学法的具体次数。');
    expect(comments).toContain('（原文已不在：“已删除的一句话”）这句话的数据来源？');

    const ext = part('word/commentsExtended.xml');
    const ex = [...ext.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(ex).toHaveLength(4);
    const paraId = (s: string) => /w15:paraId="(\w+)"/.exec(s)![1];
    expect(ex[1]).toContain(`w15:paraIdParent="${paraId(ex[0]!)}"`);
    expect(ex[2]).toContain('w15:done="1"');
    expect(ex[0]).not.toContain('w15:done="1"');

    const doc = part('word/document.xml');
    for (const id of [0, 1, 2, 3]) {
      expect(doc).toContain(`<w:commentRangeStart w:id="${id}"/>`);
      expect(doc).toContain(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(doc).toContain(`<w:commentReference w:id="${id}"/>`);
    }
    // thread 1 spans exactly the marked leaf
    expect(doc).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">[^<]{10}<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/,
    );
    // the detached thread sits on section 三's heading
    expect(doc).toMatch(/<w:commentRangeStart w:id="3"\/><w:r><w:t xml:space="preserve">三、/);
    expect(warnings.some((w) => w.includes('1 条批注的原文已找不到'))).toBe(true);
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(XMLValidator.validate(comments)).toBe(true);
  });

  it('marks a lone resolved thread done even when no thread has replies', async () => {
    const report = sampleReport(template, { comments: true });
    report.comments = report.comments.filter((t) => t.id === 't2');
    const { part } = await exportParts(report, { comments: true });
    expect(part('word/commentsExtended.xml')).toContain('w15:done="1"');
  });
});

describe('exportDocx: 版头 and 版记 (7.2, 7.4), off by default', () => {
  it('writes neither by default', async () => {
    const doc = (await exportParts(sampleReport(template))).part('word/document.xml');
    expect(doc).not.toContain('w:color w:val="FF0000"');
    expect(doc).not.toContain('<w:tbl>');
  });

  it('writes the red 发文机关标志 35 mm below the text block top, 发文字号 and 签发人, and a red line', async () => {
    const report = sampleReport(template);
    report.meta.docNumber = '吴科工贸〔2025〕3号';
    const { part, warnings } = await exportParts(report, { header: true, signer: '曹某某' });
    const doc = part('word/document.xml');
    expect(warnings.filter((w) => !w.startsWith('为避免署名页'))).toEqual([]);
    // 35 mm = 1984 twips of space before the 标志, red, 小标宋 through the title style
    expect(doc).toMatch(
      /<w:pStyle w:val="GwTitle"\/>.*?<w:spacing w:before="1984"[^>]*\/>.*?<w:color w:val="FF0000"\/>.*?吴川市科工贸和信息化局/,
    );
    expect(doc).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/>/);
    expect(doc).toContain('吴科工贸〔2025〕3号');
    expect(doc).toContain('签发人：');
    expect(doc).toContain('曹某某');
  });

  it('warns when the 版头 has no 发文字号', async () => {
    const { warnings } = await exportParts(sampleReport(template), { header: true });
    expect(warnings).toContain('版头缺少发文字号（元数据“发文字号”为空）');
  });

  it('writes the 版记 in a last section on an even page: rules of 7.4.1 at the foot of a bottom-aligned cell', async () => {
    const { part } = await exportParts(sampleReport(template), {
      footerBlock: true,
      cc: ['市司法局', '市依法治市办'],
      printDate: '2025-01-09',
    });
    const doc = part('word/document.xml');
    const rels = part('word/_rels/document.xml.rels');
    const tbl = /<w:tbl>.*<\/w:tbl>/.exec(doc)![0];
    expect(tbl).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
    // rules 0.35 / 0.25 / 0.35 mm (8 / 6 / 8 eighths of a point), as paragraphs as wide as the cell
    const rules = [...tbl.matchAll(/<w:(top|bottom) w:val="single" w:color="000000" w:sz="(\d+)"/g)].map(
      (m) => `${m[1]}${m[2]}`,
    );
    expect(rules).toEqual(['top8', 'top6', 'bottom8']);
    expect(tbl).toContain('<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/>');
    // the cell is the text block less the end paragraph, its content at the bottom
    expect(tbl).toContain('<w:trHeight w:val="12716" w:hRule="exact"/>');
    expect(tbl).toContain('<w:vAlign w:val="bottom"/>');
    // 抄送 one char in, wrapped lines after "抄送：" (3 × 280 twips)
    expect(tbl).toContain('<w:ind w:left="1120" w:right="280" w:hanging="840"/>');
    expect(tbl).toContain('抄送：市司法局，市依法治市办。');
    expect(tbl).toMatch(/吴川市科工贸和信息化局<\/w:t><w:tab\/><w:t[^>]*>2025年1月9日印发/);
    // its section starts on an even page and has footers of its own, without a PAGE field
    const last = /<w:sectPr>(?:(?!<w:sectPr>).)*<\/w:sectPr><\/w:body>/.exec(doc)![0];
    expect(last).toContain('<w:type w:val="evenPage"/>');
    const ids = [...last.matchAll(/<w:footerReference w:type="(?:default|even)" r:id="(rId\d+)"/g)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      expect(part(`word/${target}`)).not.toContain('PAGE');
    }
  });
});

describe('exportDocx: 附件说明 and 附件 (7.3.4, 7.3.7)', () => {
  it('writes "附件：1.…" two characters in, names hanging after their number, no closing punctuation', async () => {
    const report = sampleReport(template);
    report.attachments = [
      {
        name: '执法数据统计表。',
        blocks: [{ type: 'paragraph', children: [{ text: '全年办理案件42件。' }] }],
      },
      { name: '  ' },
      { name: '工作台账' },
    ];
    const doc = (await exportParts(report)).part('word/document.xml');
    // 2 chars (630) + "附件：" (3 × 315) + "1." (2 × 155) = 1885; the first line hangs by "附件：1."
    expect(doc).toContain(
      '<w:pStyle w:val="GwAttachmentNote"/><w:keepNext/><w:ind w:left="1885" w:hanging="1255"/></w:pPr><w:r><w:t xml:space="preserve">附件：1.执法数据统计表</w:t>',
    );
    expect(doc).toContain(
      '<w:ind w:left="1885" w:hanging="310"/></w:pPr><w:r><w:t xml:space="preserve">2.工作台账</w:t>',
    );
    // the note sits before the 署名; the 附件 with text after it, on a new page, its title without 。
    expect(doc.indexOf('附件：1.')).toBeLessThan(doc.indexOf('GwSignature'));
    expect(doc).toMatch(
      /<w:pStyle w:val="GwAttachmentLabel"\/><w:keepNext\/><w:pageBreakBefore\/><\/w:pPr><w:r><w:t xml:space="preserve">附件1<\/w:t>/,
    );
    expect(doc).toMatch(
      /<w:pStyle w:val="GwTitle"\/><w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">执法数据统计表<\/w:t>/,
    );
    expect(doc.indexOf('附件1<')).toBeGreaterThan(doc.indexOf('GwSignature'));
    // the 附件 named but not attached has no page
    expect(doc).not.toContain('>附件2<');
  });
});
