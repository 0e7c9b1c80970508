/**
 * A 红头文件's 版头 at the top of a text (issuerMarkLines, shared with the Word import): one organ's
 * "某某市人民政府文件", or a joint one (联合行文) with two or three organs stacked and "文件" beside or under
 * them; never a title's first line.
 */
import { describe, expect, it } from 'vitest';
import { issuerMarkLines } from './closing';
import { importText } from './import-text';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

describe('issuerMarkLines', () => {
  it('takes one organ’s 版头, and the stacked organs of a joint one however "文件" is set', () => {
    expect(issuerMarkLines(['某市人民政府文件', '某政发〔2026〕3号'])).toBe(1);
    // "文件" beside the organs: a borderless table read row by row gives it on the first organ's line.
    expect(issuerMarkLines(['中共某县委员会　　文件', '某县人民政府', '某发〔2026〕3号'])).toBe(2);
    expect(issuerMarkLines(['中共某县委员会', '某县人民政府', '文件', '某发〔2026〕3号'])).toBe(3);
    expect(issuerMarkLines(['中共某县委员会文件', '某县人民政府文件', '某县人民政府办公室文件'])).toBe(3);
    // Organs named alone, the 发文字号 under them and a title naming them again.
    expect(
      issuerMarkLines([
        '中共某县委员会',
        '某县人民政府',
        '某发〔2026〕3号',
        '中共某县委员会　某县人民政府',
        '关于…的报告',
      ]),
    ).toBe(2);
  });

  it('leaves a title’s first line, and a joint title’s two organs, to the title', () => {
    expect(issuerMarkLines(['某县司法局', '2025年法治政府建设年度报告'])).toBe(0);
    expect(issuerMarkLines(['中共某县委员会　某县人民政府', '关于2025年法治政府建设情况的报告'])).toBe(0);
    // Under a whole "某县人民政府文件" an organ's name is the title's first line, not another organ.
    expect(issuerMarkLines(['某县人民政府文件', '某县人民政府', '关于2025年法治政府建设情况的报告'])).toBe(1);
    expect(issuerMarkLines(['一局', '二局', '三局', '四局', '文件'])).toBe(0);
  });
});

describe('importText: a joint 红头文件', () => {
  const report = (head: readonly string[]) =>
    importText(
      [
        ...head,
        '平发〔2026〕3号',
        '中共平江县委员会　平江县人民政府',
        '关于2025年法治政府建设情况的报告',
        '中共岳阳市委、岳阳市人民政府：',
        '2025年，县委、县政府坚持依法行政。现将有关情况报告如下：',
        '一、2025年法治政府建设工作开展情况',
        '落实行政执法三项制度，评查案卷380卷。',
        '二、存在的问题',
        '乡镇执法力量薄弱。',
        '三、下一步工作打算',
        '开展执法人员轮训。',
        '中共平江县委员会',
        '平江县人民政府',
        '2026年1月20日',
      ].join('\n'),
      { templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 },
    ).report;

  for (const head of [
    ['中共平江县委员会　　文件', '平江县人民政府'],
    ['中共平江县委员会', '平江县人民政府', '文件'],
    ['中共平江县委员会文件', '平江县人民政府文件'],
  ])
    it(`reads the 文号, title and 主送 under ${head.join(' / ')}`, () => {
      const r = report(head);
      expect(r.meta).toMatchObject({
        docNumber: '平发〔2026〕3号',
        title: '中共平江县委员会　平江县人民政府关于2025年法治政府建设情况的报告',
        recipient: '中共岳阳市委、岳阳市人民政府',
        signature: '中共平江县委员会 平江县人民政府',
        date: '2026-01-20',
      });
      expect(JSON.stringify(r.preamble)).not.toMatch(/文件|平江县人民政府"/u);
    });
});

describe('importText: a 署名 with no date under it', () => {
  it('is the 署名 when it names the title’s organ, and the missing date is said; another last line is text', () => {
    const text = (last: string) =>
      [
        '某县司法局2025年度法治政府建设情况报告',
        '一、2025年度推进法治政府建设的主要举措和成效',
        '局党组专题研究法治工作4次。',
        last,
      ].join('\n');
    const signed = importText(text('某县司法局'), { templates: shippedTemplates(), fallbackYear: 2024 });
    expect(signed.report.meta).toMatchObject({ signature: null, date: null, org: '某县司法局' });
    expect(signed.report.sections[0]!.blocks).toHaveLength(1);
    expect(signed.warnings).toContain(
      '署名“某县司法局”后没有成文日期（日期域或日期控件也没有显示日期）：请补写成文日期。',
    );
    const other = importText(text('某县公安局'), { templates: shippedTemplates(), fallbackYear: 2024 });
    expect(other.report.meta.signature).toBe('');
  });

  it('takes a joint report’s organs, one a line, for the 署名 when together they are the title’s', () => {
    const { report, warnings } = importText(
      [
        '中共某县委员会　某县人民政府关于2025年法治政府建设情况的报告',
        '一、2025年法治政府建设工作开展情况',
        '县委常委会专题研究法治建设6次。',
        '中共某县委员会',
        '某县人民政府',
      ].join('\n'),
      { templates: shippedTemplates(), fallbackYear: 2024 },
    );
    expect(report.meta).toMatchObject({ signature: '中共某县委员会 某县人民政府', date: null });
    expect(JSON.stringify(report.sections)).not.toContain('中共某县委员会');
    expect(warnings.some((w) => w.startsWith('署名“中共某县委员会 某县人民政府”后没有成文日期'))).toBe(true);
  });
});
