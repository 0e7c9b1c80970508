/** User templates through the service (the typed API): from a notice, save, list, new, export, import, remove. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiOutput } from '../../core/api/contract';
import { sandbox, type Sandbox } from './test-support';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(async () => {
  await sb.cleanup();
});

const notice = join(import.meta.dirname, '../../test/fixtures/corpus/notice-2025.md');

describe('提纲 from a notice and 提纲管理 through the API', () => {
  it('parses, saves, lists, starts a report that carries the template, exports, imports and removes', async () => {
    await copyFile(notice, join(sb.workspace, '通知.md'));
    const parsed = (await sb.call('templates.fromNotice', {
      path: join(sb.workspace, '通知.md'),
    })) as ApiOutput<'templates.fromNotice'>;
    expect(parsed.year).toBe(2025);
    expect(parsed.template.sections.map((s) => s.heading)[0]).toBe(
      '{year}年度推进法治政府建设的主要举措和成效',
    );

    // The user corrects a heading before saving.
    const corrected = {
      ...parsed.template,
      name: '市委依法治市办2025年度提纲',
      sections: parsed.template.sections.map((s, i) =>
        i === 4 ? { ...s, heading: '其他需要报告的事项' } : s,
      ),
    };
    const saved = (await sb.call('templates.save', { template: corrected })) as ApiOutput<'templates.save'>;
    expect(saved.origin).toBe('user');

    const list = (await sb.call('templates.list', {})) as ApiOutput<'templates.list'>;
    expect(list.filter((t) => t.origin === 'shipped')).toHaveLength(5);
    expect(list.find((t) => t.id === saved.id)?.headings?.[4]).toBe('其他需要报告的事项');

    const opened = (await sb.call('file.new', {
      templateId: saved.id,
      org: '某市某局',
      year: 2025,
    })) as ApiOutput<'file.new'>;
    expect(opened.report.template?.id).toBe(saved.id);

    const out = join(sb.workspace, 'shared.json');
    await sb.call('templates.export', { id: saved.id, path: out, overwrite: false });
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ id: saved.id, origin: 'user' });

    await sb.call('templates.remove', { id: saved.id });
    expect(((await sb.call('templates.list', {})) as unknown[]).length).toBe(5);
    const back = (await sb.call('templates.import', { path: out })) as ApiOutput<'templates.import'>;
    expect(back.id).toBe(saved.id);
  });

  it("reads the outline of a notice .docx whose headings are numbered by Word's lists", async () => {
    const { writeFile } = await import('node:fs/promises');
    const { documentXml, makeDocx, numbered, numberingXml, p, r } =
      await import('../../test/fixtures/docx/make-docx');
    // 一、/（一） only in numbering.xml: the paragraphs' text has no number at all.
    const numbering = numberingXml([
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
    ]);
    const body = [
      p(r('关于做好2025年度法治政府建设年度报告工作的通知'), { center: true }),
      p(r('各县（市、区）人民政府，市直各单位：')),
      numbered(0, r('报送时间')),
      p(r('于2026年2月25日前报送市委、市政府。')),
      numbered(0, r('报告内容（提纲）')),
      numbered(1, r('2025年度推进法治政府建设的主要举措和成效')),
      p(r('逐项写明依法履职、依法决策、严格执法等方面的做法和成效。不少于1500字。')),
      numbered(1, r('党政主要负责人履行推进法治建设第一责任人职责情况')),
      numbered(1, r('存在的不足和原因')),
      numbered(1, r('2026年度推进法治政府建设的主要安排')),
      numbered(1, r('其他需要报告的情况')),
      numbered(0, r('有关要求')),
      numbered(1, r('报告全文3000字左右，经审议通过后报送。')),
      p(r('市委依法治市办')),
    ].join('');
    const path = join(sb.workspace, '通知.docx');
    await writeFile(path, makeDocx({ document: documentXml(body), numbering }));
    const parsed = (await sb.call('templates.fromNotice', { path })) as ApiOutput<'templates.fromNotice'>;
    expect(parsed.year).toBe(2025);
    expect(parsed.template.sections.map((s) => s.heading)).toEqual([
      '{year}年度推进法治政府建设的主要举措和成效',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '存在的不足和原因',
      '{nextYear}年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    expect(parsed.template.sections[0]!.minChars).toBe(1500);
  });

  it("counts a notice's Word numbering as Word does: a restarted outline, pasted paragraphs, 设置编号值", async () => {
    const { writeFile } = await import('node:fs/promises');
    const { documentXml, makeDocx, NS, p, r } = await import('../../test/fixtures/docx/make-docx');
    // The notice's parts and its outline are one list (abstractNum 0). The outline was restarted at 一
    // (重新开始编号: numId 2, on its first heading only), its third heading pasted from there (numId 2
    // again), and the notice's 三、 set by 设置编号值 (numId 3). Word shows 一 … 五 for the outline: counted
    // per instance instead, the third heading read 二、 after 三、 and ended the outline there.
    const override = (id: number, start: number) =>
      `<w:num w:numId="${id}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`;
    const numbering =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>` +
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${override(2, 1)}${override(3, 3)}</w:numbering>`;
    const num = (id: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const body = [
      p(r('关于做好2025年度法治政府建设年度报告工作的通知'), { center: true }),
      num(1, '报送时间'),
      p(r('于2026年2月25日前报送。')),
      num(1, '报告内容'),
      num(2, '2025年度推进法治政府建设的主要举措和成效'),
      p(r('不少于1500字。')),
      num(1, '党政主要负责人履行推进法治建设第一责任人职责情况'),
      num(2, '存在的不足和原因'),
      num(1, '2026年度推进法治政府建设的主要安排'),
      num(1, '其他需要报告的情况'),
      num(3, '组织保障'),
      p(r('市委依法治市办')),
    ].join('');
    const path = join(sb.workspace, '通知.docx');
    await writeFile(path, makeDocx({ document: documentXml(body), numbering }));
    const parsed = (await sb.call('templates.fromNotice', { path })) as ApiOutput<'templates.fromNotice'>;
    expect(parsed.template.sections.map((s) => s.heading)).toEqual([
      '{year}年度推进法治政府建设的主要举措和成效',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '存在的不足和原因',
      '{nextYear}年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
  });

  it('refuses to remove or shadow a shipped template, and a notice without an outline', async () => {
    await expect(sb.call('templates.remove', { id: 'township' })).rejects.toMatchObject({ code: 'bad-file' });
    const { findTemplate } = await import('../../templates/index');
    await expect(sb.call('templates.save', { template: findTemplate('township') })).rejects.toMatchObject({
      code: 'bad-file',
    });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(sb.workspace, '会议通知.txt'), '关于开会的通知\n请准时参加。\n');
    await expect(
      sb.call('templates.fromNotice', { path: join(sb.workspace, '会议通知.txt') }),
    ).rejects.toMatchObject({ code: 'bad-file' });
  });
});
