/**
 * Outlines gwdraft has never seen: notices of several cities, provinces and counties (test/fixtures/
 * notices/, expectations in expected.json), each taken through what a clerk does — `template new --from`
 * the notice, `template check`, `template import` into the data folder, `import` a report written on it
 * (no --template: the imported outline must be chosen), `check` it — with no false fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../helpers/run-cli';
import { parseTemplate } from '../../core/templates/load';
import type { Template } from '../../core/templates/schema';
import { outlineVocabulary } from '../../templates/vocabulary';
import { districtNoticeDocx } from '../fixtures/notices/05-district-word-numbering-2025';
import { provinceTableNoticeDocx } from '../fixtures/notices/07-province-word-table-2025';

const fixtures = join(import.meta.dirname, '../fixtures/notices');

interface Expected {
  today: string;
  notices: {
    notice: string;
    year: number;
    issuer: string;
    unitKinds: string[];
    sections: {
      heading: string;
      minChars: number;
      maxChars?: number;
      required?: boolean;
      guidanceStarts: string;
    }[];
    deadlines: { id: string; month: number; day: number; for?: string }[];
    maxChars: number | null;
    apart: string[];
    report: string;
    warns: string[];
  }[];
}
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Expected;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-notices-'));
  // The Word notice is built, as the other Word fixtures are (Word's numbering lives in numbering.xml).
  await writeFile(join(dir, '05-district-word-numbering-2025.docx'), districtNoticeDocx());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const noticePath = (name: string) => (name.endsWith('.docx') ? join(dir, name) : join(fixtures, name));

describe.each(expected.notices)('notice $notice', (e) => {
  const data = () => join(dir, `data-${e.notice}`);
  const out = () => join(dir, `${e.notice}.json`);
  let template: Template;

  it('template new --from reads its outline, guidance, 字数, deadlines and the units it is for', async () => {
    const r = await run('template', 'new', '--from', noticePath(e.notice), '-o', out());
    expect(r.code, r.err).toBe(0);
    template = parseTemplate(JSON.parse(await readFile(out(), 'utf8')));
    // What the clerk reads back: the 字数 rules and the dates, each date with the units it is for.
    for (const d of e.deadlines) expect(r.out).toContain(`${d.month}月${d.day}日前`);
    if (e.deadlines.some((d) => d.for === 'township')) expect(r.out).toContain('前报送（乡镇（街道））');
    if (e.maxChars) expect(r.out).toContain(`字数 / length: 报告全文不超过${e.maxChars}字`);
    e.sections.forEach((s) => {
      if (s.maxChars) expect(r.out).toContain(`不超过${s.maxChars}字）`);
      if (s.required === false) expect(r.out).toContain(`${s.heading}（可不写）`);
    });
    expect(template.name).toContain(e.issuer);
    expect(template.name).toContain(`${e.year}年度`);
    expect(template.unitKinds).toEqual(e.unitKinds);
    expect(template.sections.map((s) => s.heading)).toEqual(e.sections.map((s) => s.heading));
    expect(template.sections.map((s) => s.minChars)).toEqual(e.sections.map((s) => s.minChars));
    expect(template.sections.map((s) => s.required)).toEqual(e.sections.map((s) => s.required ?? true));
    template.sections.forEach((s, i) => {
      expect(s.guidance.startsWith(e.sections[i]!.guidanceStarts), s.guidance).toBe(true);
      expect(s.guidance).not.toMatch(/填写说明|【|】/u);
    });
    // A date set for some units only carries the patterns of their 机关 (the vocabulary's, by kind).
    const vocab = outlineVocabulary();
    expect(
      template.deadlines.map(({ id, month, day, orgs }) => {
        const kind = orgs && vocab.unitKinds.find((k) => k.patterns.join() === orgs.join())?.kind;
        return { id, month, day, ...(kind ? { for: kind } : {}) };
      }),
    ).toEqual(e.deadlines);
    // 字数 ceilings: the whole report's and a part's, as advice.
    const whole = template.items.find((i) => i.id === 'max-length');
    expect(whole?.rules).toEqual(e.maxChars ? [{ kind: 'maxLength', chars: e.maxChars }] : undefined);
    e.sections.forEach((s, i) => {
      const item = template.items.find((x) => x.id === `part-${i + 1}-max-length`);
      expect(item?.rules).toEqual(s.maxChars ? [{ kind: 'maxLength', chars: s.maxChars }] : undefined);
    });
    const attachments = template.items.find((i) => i.id === 'attachments')!;
    expect(attachments.rules).toEqual([
      e.apart.length ? { kind: 'attachments', apart: e.apart } : { kind: 'attachments' },
    ]);
    // A part the notice lets a unit leave out is not a mandate.
    e.sections.forEach((s, i) => {
      if (s.required === false)
        for (const item of template.items.filter((x) => x.section === `part-${i + 1}`))
          expect(item.severity).toBe('warn');
    });
  });

  it('template check passes, and a report on the outline is imported onto it and checks clean', async () => {
    expect((await run('template', 'check', out())).code).toBe(0);
    process.env.GWDRAFT_DATA_DIR = data();
    try {
      expect((await run('template', 'import', out())).code).toBe(0);
      const draft = join(dir, `${e.report}.gwdraft`);
      const imported = await run('import', join(fixtures, e.report), '-o', draft);
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toContain(`模板 / template: ${template.id}`);
      const checked = await run('check', draft, '--today', expected.today, '--json');
      const result = JSON.parse(checked.out) as {
        template: string;
        items: { id: string; status: string; message: string }[];
      };
      expect(result.template).toBe(template.id);
      const fails = result.items.filter((i) => i.status === 'fail');
      expect(fails, JSON.stringify(fails)).toEqual([]);
      expect(result.items.filter((i) => i.status === 'warn').map((i) => i.id)).toEqual(e.warns);
    } finally {
      delete process.env.GWDRAFT_DATA_DIR;
    }
  });
});

describe('a Word notice whose outline is a table in its 附件', () => {
  it('reads the table rows as the outline (it found no outline before)', async () => {
    const notice = join(dir, '07-province-word-table-2025.docx');
    await writeFile(notice, provinceTableNoticeDocx());
    const out = join(dir, '07.json');
    const r = await run('template', 'new', '--from', notice, '-o', out);
    expect(r.code, r.err).toBe(0);
    const t = parseTemplate(JSON.parse(await readFile(out, 'utf8')));
    expect(t.sections.map((s) => [s.heading, s.minChars])).toEqual([
      ['主要举措和成效', 2500],
      ['党政主要负责人履行推进法治建设第一责任人职责情况', 500],
      ['存在的不足和原因', 0],
      ['{nextYear}年度推进法治政府建设的主要安排', 0],
    ]);
    expect(t.name).toContain('省委依法治省办');
    expect(t.unitKinds).toEqual(['department', 'government']);
    expect(t.items.find((i) => i.id === 'max-length')?.rules).toEqual([{ kind: 'maxLength', chars: 6000 }]);
    expect((await run('template', 'check', out)).code).toBe(0);
  });
});
