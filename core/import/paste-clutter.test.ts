import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/content';
import { cleanPastedLines, pasteCleanupNotes } from './paste-clutter';
import { plainTextLines, plainTextToBlocks } from './plain-blocks';

function texts(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    const t = b.children.map((c) => ('text' in c ? c.text : '')).join('');
    return b.type === 'heading' ? `[${b.level}]${t}` : t;
  });
}

/** A section of a unit's 公众号 article, copied with everything around it. */
const WECHAT = [
  '点击蓝字 关注我们',
  '',
  '原创 某某税务 2026年01月22日 17:30 福建',
  '',
  '🔹🔹🔹',
  '▌（一）加强组织领导',
  '局党委全年召开专题会议4次，研究法治政府建设重大事项。',
  '★（二）规范行政执法',
  '全年办理行政处罚案件120件，全部在公众号和门户网站公示。',
  '▲ 图为局党委召开专题会议研究依法治税工作',
  '',
  '🔹🔹🔹',
  '编辑：林晓',
  '审核：陈明',
  '',
  '往期推荐',
  '“便民办税春风行动”在行动',
  '个税汇算开始啦',
  '',
  '阅读原文',
  '分享 收藏 点赞 在看',
  '阅读 2356',
].join('\n');

describe('a paste from a 公众号 article', () => {
  it('leaves out its clutter and the markers before headings, keeping the report text exactly', () => {
    const r = plainTextToBlocks(WECHAT);
    expect(texts(r.blocks)).toEqual([
      '[2]加强组织领导',
      '局党委全年召开专题会议4次，研究法治政府建设重大事项。',
      '[2]规范行政执法',
      '全年办理行政处罚案件120件，全部在公众号和门户网站公示。',
    ]);
    expect(r.droppedClutter).toEqual([
      '点击蓝字 关注我们',
      '原创 某某税务 2026年01月22日 17:30 福建',
      '🔹🔹🔹',
      '▲ 图为局党委召开专题会议研究依法治税工作',
      '🔹🔹🔹',
      '编辑：林晓',
      '审核：陈明',
      '往期推荐',
      '“便民办税春风行动”在行动',
      '个税汇算开始啦',
      '阅读原文',
      '分享 收藏 点赞 在看',
      '阅读 2356',
    ]);
    expect(r.unmarkedHeadings).toBe(2);
    expect(pasteCleanupNotes(r)).toEqual([
      '已删除网页和公众号的附加内容 13 行（如“点击蓝字 关注我们”）',
      '已去掉 2 个标题前后的“▌”“★”“【】”等符号',
    ]);
  });

  it('knows the byline without the spaces a paste of the page HTML loses', () => {
    const r = plainTextToBlocks('原创某某税务2026年01月22日17:30福建\n全年办理案件120件。');
    expect(r.droppedClutter).toEqual(['原创某某税务2026年01月22日17:30福建']);
    // The buttons and counters run together, as the page's HTML pastes them.
    const buttons = plainTextToBlocks('全年办理案件120件。\n阅读原文\n分享收藏点赞在看\n点赞12在看5');
    expect(buttons.droppedClutter).toEqual(['阅读原文', '分享收藏点赞在看', '点赞12在看5']);
    const words = ['中小企业', '微信公众号', '转发文件', '收藏品保护'];
    expect(plainTextToBlocks(words.join('\n')).droppedClutter).toEqual([]);
    const meeting = '局党委2026年1月20日9:30召开专题会议';
    expect(plainTextToBlocks(`${meeting}\n全年办理案件120件。`).droppedClutter).toEqual([]);
  });

  it('in 修订模式 leaves out the same lines, the numbers kept in the text', () => {
    const r = plainTextLines(WECHAT);
    expect(r.lines).toEqual([
      '（一）加强组织领导',
      '局党委全年召开专题会议4次，研究法治政府建设重大事项。',
      '（二）规范行政执法',
      '全年办理行政处罚案件120件，全部在公众号和门户网站公示。',
    ]);
    expect(r.droppedClutter).toHaveLength(13);
    // gwdraft's own text (its fragment, in 修订模式) is taken whole.
    expect(plainTextLines('编辑：林晓\n审核：陈明\n- 3 -\n全年办理案件。', false).lines).toEqual([
      '编辑：林晓',
      '审核：陈明',
      '- 3 -',
      '全年办理案件。',
    ]);
  });
});

describe('a paste from a government website or a PDF', () => {
  it('leaves out the breadcrumb, the information lines, the tool links, page numbers and running headers', () => {
    const text = [
      '首页 > 政务公开 > 法治政府建设',
      '来源：某某市司法局　　发布时间：2026-01-15　　浏览次数：35',
      '字号：大 中 小',
      '（三）推进严格规范公正文明执法',
      '全市行政执法机关全面推行行政执法“三项制度”，',
      '- 3 -',
      '某某市2025年法治政府建设年度报告',
      '执法公示率达到100%。',
      '第4页 共8页',
      '某某市2025年法治政府建设年度报告',
      '打印本页 关闭窗口',
      '分享到：[微信](https://example.gov.cn/wx) [微博](https://weibo.com/share)',
    ].join('\n');
    const r = plainTextToBlocks(text);
    expect(texts(r.blocks)).toEqual([
      '[2]推进严格规范公正文明执法',
      '全市行政执法机关全面推行行政执法“三项制度”，',
      '执法公示率达到100%。',
    ]);
    expect(r.droppedClutter).toHaveLength(9);
  });

  it('takes 【】 off a numbered heading, and 【】 parts without numbers as sub-headings', () => {
    const numbered = plainTextToBlocks('【（一）深化“放管服”改革】\n全年取消审批事项3项。');
    expect(texts(numbered.blocks)).toEqual(['[2]深化“放管服”改革', '全年取消审批事项3项。']);
    expect(numbered.unmarkedHeadings).toBe(1);
    const parts = plainTextToBlocks('【主要举措】\n全年取消审批事项3项。\n【存在问题】\n执法人员不足。');
    expect(texts(parts.blocks)).toEqual([
      '[2]主要举措',
      '全年取消审批事项3项。',
      '[2]存在问题',
      '执法人员不足。',
    ]);
    expect(parts.bracketHeadings).toBe(2);
    expect(pasteCleanupNotes(parts)).toEqual(['“【】”中的 2 个标题已作为小标题粘贴，请核对']);
    // One 【】 line is a label of the text, as written.
    expect(texts(plainTextToBlocks('【典型案例】\n某某案件依法办结。').blocks)).toEqual([
      '【典型案例】',
      '某某案件依法办结。',
    ]);
  });
});

describe('report text is never taken for clutter', () => {
  it('keeps paragraphs that mention 公众号, 阅读, 编辑, 来源 or 发布', () => {
    const report = [
      '依托“某某司法”微信公众号开展普法宣传，推送文章86篇，阅读量达12万人次。',
      '编辑出版《行政执法案例选编》，发放至各执法单位。',
      '来源于群众投诉的案件线索全部依法核查',
      '阅读量较上年增长35%',
      '点击量 较上年翻番',
      '审核合法性审查意见书42份，提出修改意见120条。',
      '往期推荐的经验做法已在全市推广。',
      '分享典型案例 推广经验做法',
      '2026年1月20日 9:30，局党委召开专题会议研究依法治税工作。',
      '▲全年办理行政处罚案件120件',
      '• 全年办理行政复议案件15件',
      '项目　　2024年　　2025年',
      '阅读量　　50000　　60000',
      '3',
      '12/30',
    ];
    const r = plainTextToBlocks(report.join('\n'));
    expect(texts(r.blocks)).toEqual(report);
    expect(r.droppedClutter).toEqual([]);
    expect(r.unmarkedHeadings).toBe(0);
  });

  it('never leaves out a line with a sentence in it, whatever clutter words it holds', () => {
    const words = [
      '点击蓝字关注',
      '原创',
      '编辑：',
      '审核：',
      '往期推荐',
      '阅读原文',
      '在看',
      '分享到',
      '来源：',
      '发布时间：',
      '首页 > 政务公开',
      '- 3 -',
      '第3页',
      '🔹',
      '▌',
      '公众号',
      '2026年01月22日 17:30',
      '我局',
      '全年办理案件',
      '，',
    ];
    const sentence = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 })
      .map((ws) => ws.join('') + '。');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 6 }), (lines) => {
        const r = plainTextToBlocks(lines.join('\n'));
        expect(r.droppedClutter).toEqual([]);
        expect(texts(r.blocks)).toEqual(lines.map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')));
      }),
    );
  });

  it('ends the 往期推荐 list at a sentence, a heading or a blank line', () => {
    const r = plainTextToBlocks(
      ['往期推荐', '个税汇算开始啦', '（三）强化监督', '全年开展执法检查12次。'].join('\n'),
    );
    expect(texts(r.blocks)).toEqual(['[2]强化监督', '全年开展执法检查12次。']);
    const s = plainTextToBlocks(['往期推荐', '全年开展执法检查12次。', '我局持续推进。'].join('\n'));
    expect(texts(s.blocks)).toEqual(['全年开展执法检查12次。', '我局持续推进。']);
  });

  it('leaves a one-line paste, and a paste of nothing but clutter, as they were', () => {
    expect(texts(plainTextToBlocks('编辑：林晓').blocks)).toEqual(['编辑：林晓']);
    expect(texts(plainTextToBlocks('- 3 -').blocks)).toEqual(['- 3 -']);
    const all = plainTextToBlocks('编辑：林晓\n审核：陈明');
    expect(texts(all.blocks)).toEqual(['编辑：林晓', '审核：陈明']);
    expect(all.droppedClutter).toEqual([]);
    expect(cleanPastedLines(['▌（一）加强组织领导']).lines).toEqual([{ text: '（一）加强组织领导' }]);
  });

  it('does not count a title said once as a running header', () => {
    const r = plainTextToBlocks('某某市2025年法治政府建设年度报告\n全年取消审批事项3项。');
    expect(texts(r.blocks)).toEqual(['某某市2025年法治政府建设年度报告', '全年取消审批事项3项。']);
  });
});
