import { describe, expect, it } from 'vitest';
import {
  DraftError,
  MAX_DRAFT_BYTES,
  encodeDraft,
  parseDraft,
  parseDraftBytes,
  serializeDraft,
} from './index';
import { createReport } from '../model/report-helpers';
import { paragraph, subHeading } from '../model/content';
import type { Report } from '../model/report';
import { findTemplate, shippedTemplates } from '../../templates/index';

const KNOWN = shippedTemplates().map((t) => t.id);
const opts = { fileName: 'a.gwdraft', knownTemplates: KNOWN };

function sample(): Report {
  const r = createReport(findTemplate('zhanjiang-department')!, { org: '吴川市某某局', year: 2024 });
  r.meta.date = '2024-12-12';
  r.preamble = [paragraph('2024年，我局坚持……现报告如下：')];
  r.sections[0]!.blocks = [
    subHeading(2, '学习贯彻'),
    { type: 'paragraph', children: [{ text: '一是', bold: true }, { text: '第一议题学习 11 次。' }] },
  ];
  r.sections[6]!.blocks = [paragraph('无。')];
  r.baseline = { year: 2023, sections: { measures: '去年的举措', other: '无' } };
  return r;
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DraftError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('serializeDraft', () => {
  it('writes pretty JSON with a trailing newline and schema key order', () => {
    const text = serializeDraft(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
    // One line per run of text, so a diff shows one line per edit.
    expect(text).toContain(
      '\n            { "text": "一是", "bold": true },\n            { "text": "第一议题学习 11 次。" }\n',
    );
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sample())));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion',
      'templateId',
      'meta',
      'preamble',
      'sections',
      'comments',
      'suggestions',
      'confirmations',
      'baseline',
    ]);
  });

  it('is stable: key order of the input does not matter, and a round trip is byte-identical', () => {
    const r = sample();
    const shuffled = JSON.parse(JSON.stringify(r), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as Report;
    expect(serializeDraft(shuffled)).toBe(serializeDraft(r));
    const text = serializeDraft(r);
    const back = parseDraft(text, opts);
    expect(back).toEqual(r);
    expect(serializeDraft(back)).toBe(text);
  });

  it('keeps hostile text exactly (control characters, lone surrogates, extension B, RTL marks)', () => {
    const r = sample();
    const nasty = 'a\u0000b\u0007\ud800c\u{20000}\u202e\r\n"\\';
    r.sections[1]!.blocks = [paragraph(nasty)];
    const back = parseDraft(serializeDraft(r), opts);
    expect(back.sections[1]!.blocks[0]!.children[0]!.text).toBe(nasty);
  });

  it('refuses an invalid report instead of writing it', () => {
    const r = sample() as unknown as { meta: { year: unknown } };
    r.meta.year = 'two thousand';
    expect(codeOf(() => serializeDraft(r as unknown as Report))).toBe('invalid-report');
  });
});

describe('parseDraft errors', () => {
  const good = serializeDraft(sample());

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{"schemaVersion": 1,', 'truncated'],
    [good.slice(0, Math.floor(good.length / 2)), 'truncated'],
    [good.slice(0, good.length - 3), 'truncated'],
    ['{"a": 1}}', 'invalid-json'],
    ['hello', 'invalid-json'],
    ['[1,2]', 'wrong-shape'],
    ['null', 'wrong-shape'],
    ['42', 'wrong-shape'],
    ['{"schemaVersion": "1"}', 'wrong-shape'],
    ['{"schemaVersion": 1}', 'wrong-shape'],
    ['{"schemaVersion": 1.5}', 'wrong-shape'],
    ['{"schemaVersion": 99, "anything": true}', 'newer-version'],
    [good.replace('"zhanjiang-department"', '"no-such-outline"'), 'unknown-template'],
    [good.replace('"year": 2024', '"year": "2024"'), 'wrong-shape'],
    [good.replace('"org":', '"org": 1, "x":'), 'wrong-shape'],
    [good.replace('"id": "rule-of-law-thought"', '"id": "study-spirit"'), 'wrong-shape'],
    ['a\0b', 'not-utf8'],
  ])('%j → %s', (text, code) => {
    expect(codeOf(() => parseDraft(text, opts))).toBe(code);
  });

  it('names the file and the problem in Chinese and English', () => {
    try {
      parseDraft('{"schemaVersion": 7}', { fileName: '报告.gwdraft' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DraftError);
      const msg = (e as Error).message;
      expect(msg).toContain('报告.gwdraft');
      expect(msg).toMatch(/更新版本/);
      expect(msg).toMatch(/newer version/);
    }
  });

  it('accepts a BOM and refuses bytes that are not UTF-8, or too many', () => {
    const bytes = new TextEncoder().encode('\ufeff' + good);
    expect(parseDraftBytes(bytes, opts).meta.org).toBe('吴川市某某局');
    const gbk = new Uint8Array([0x7b, 0xce, 0xe2, 0xb4, 0xa8, 0x7d]); // {吴川} in GBK
    expect(codeOf(() => parseDraftBytes(gbk, opts))).toBe('not-utf8');
    expect(codeOf(() => parseDraftBytes(new Uint8Array(MAX_DRAFT_BYTES + 1), opts))).toBe('too-large');
    expect(codeOf(() => parseDraft(' '.repeat(MAX_DRAFT_BYTES + 1), opts))).toBe('too-large');
  });

  it('refuses dates that are not real dates, naming the field (2024-13-45, 2023-02-29, not-a-date)', () => {
    for (const date of ['2024-13-45', '2023-02-29', '2024-00-10', '20241212']) {
      const text = good.replace('"date": "2024-12-12"', `"date": "${date}"`);
      expect(codeOf(() => parseDraft(text, opts))).toBe('wrong-shape');
      expect(() => parseDraft(text, opts)).toThrow(/meta\.date.*(不是有效日期|not a real date)/);
    }
    expect(parseDraft(good.replace('"date": "2024-12-12"', '"date": "2024-02-29"'), opts).meta.date).toBe(
      '2024-02-29',
    );
    const r = sample();
    r.comments = [
      {
        id: 't1',
        anchor: { exact: '', prefix: '', suffix: '', sectionId: null, blockIndex: null, offset: null },
        comments: [
          { id: 'c1', author: '张三', initials: 'ZS', createdAt: '2025-01-08T09:30:00Z', text: '意见' },
        ],
        resolved: false,
        detached: false,
      },
    ];
    const withComment = serializeDraft(r);
    expect(parseDraft(withComment, opts).comments).toHaveLength(1);
    for (const at of ['not-a-date', '2025-01-08', '2025-13-08T09:30:00Z', '2025-01-08T25:00:00Z']) {
      const text = withComment.replace('2025-01-08T09:30:00Z', at);
      expect(() => parseDraft(text, opts)).toThrow(/comments\.0\.comments\.0\.createdAt/);
    }
  });

  it('refuses a __proto__ key anywhere (JSON.parse keeps it, a schema would silently drop it)', () => {
    const text = good.replace('"measures": "去年的举措"', '"measures": "去年的举措", "__proto__": "x"');
    expect(codeOf(() => parseDraft(text, opts))).toBe('wrong-shape');
    expect(() => parseDraft(text, opts)).toThrow(/baseline\.sections\.__proto__/);
    const escaped = good.replace('"org":', '"\\u005f_proto__": {}, "org":');
    expect(() => parseDraft(escaped, opts)).toThrow(/meta\.__proto__/);
  });

  it('gives the real size of a file over the limit, never "20.0 MiB > 20.0 MiB"', () => {
    try {
      parseDraftBytes(new Uint8Array(25 * 1000 * 1000), opts);
      expect.unreachable();
    } catch (e) {
      expect((e as DraftError).code).toBe('too-large');
      expect((e as Error).message).toContain('23.8 MiB > 20 MiB');
    }
    expect(() => parseDraftBytes(new Uint8Array(MAX_DRAFT_BYTES + 1), opts)).toThrow(
      `${MAX_DRAFT_BYTES + 1} bytes > ${MAX_DRAFT_BYTES} bytes`,
    );
  });

  it('refuses to encode a draft the loader would refuse (over the size limit), with its size', () => {
    const r = sample();
    r.sections[1]!.blocks = Array.from({ length: 200_000 }, (_, i) => paragraph(`第${i}段。`));
    try {
      encodeDraft(r, 'big.gwdraft');
      expect.unreachable();
    } catch (e) {
      expect((e as DraftError).code).toBe('too-large-to-save');
      expect((e as Error).message).toMatch(/big\.gwdraft.*\d+\.\d MiB > 20 MiB/);
    }
  });

  it('without knownTemplates any template id is accepted', () => {
    const other = good.replace('"zhanjiang-department"', '"a-local-outline"');
    expect(parseDraft(other, { fileName: 'x' }).templateId).toBe('a-local-outline');
  });
});

describe('migrations', () => {
  it('upgrades a version-0 file to the current model', () => {
    const v0 = {
      schemaVersion: 0,
      template: 'statutory-five',
      org: '某县司法局',
      year: 2023,
      date: '2024-01-20',
      preamble: ['现将有关情况报告如下：'],
      sections: [
        { id: 'measures', paragraphs: ['一是……', '二是……'] },
        { id: 'shortcomings', paragraphs: [] },
        { id: 'first-responsible', paragraphs: ['主要负责人亲自部署。'] },
        { id: 'next-year', paragraphs: ['2024年……'] },
        { id: 'other', paragraphs: ['无。'] },
      ],
    };
    const r = parseDraft(JSON.stringify(v0), opts);
    expect(r.schemaVersion).toBe(2);
    expect(r.suggestions).toEqual([]);
    expect(r.templateId).toBe('statutory-five');
    expect(r.meta).toMatchObject({ org: '某县司法局', year: 2023, date: '2024-01-20', title: null });
    expect(r.preamble).toEqual([paragraph('现将有关情况报告如下：')]);
    expect(r.sections[0]!.blocks).toEqual([paragraph('一是……'), paragraph('二是……')]);
    expect(r.sections[1]!.blocks).toEqual([paragraph('')]);
    expect(r.comments).toEqual([]);
    // Saved again, it is a current file.
    expect(JSON.parse(serializeDraft(r)).schemaVersion).toBe(2);
  });

  it('refuses a broken version-0 file with wrong-shape, not a crash', () => {
    expect(codeOf(() => parseDraft('{"schemaVersion":0,"sections":5}', opts))).toBe('wrong-shape');
    expect(codeOf(() => parseDraft('{"schemaVersion":0}', opts))).toBe('wrong-shape');
  });
});

describe('a draft that is not JSON, in the clerk’s words', () => {
  it('keeps the parser’s English message out of the Chinese half', () => {
    try {
      parseDraft('this is not a zip', { fileName: '坏文件.gwdraft' });
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      const [zh = '', en = ''] = msg.split(' / ');
      expect(zh).toContain('坏文件.gwdraft');
      expect(zh).toMatch(/已损坏/);
      // the Chinese line a clerk reads holds no English parser text
      expect(zh.replace('坏文件.gwdraft', '')).not.toMatch(/[A-Za-z]{3,}/);
      expect(en).toMatch(/not valid JSON/);
    }
  });
});
