import { describe, expect, it } from 'vitest';
import type { Line } from './lines';
import { joinCutLines, runningTitles } from './wrapped';

const line = (text: string, o: Partial<Line> = {}): Line => ({
  runs: [{ text, bold: false }],
  text,
  styleLevel: null,
  listLevel: null,
  listLabel: null,
  titleLike: false,
  styleId: null,
  ...o,
});
const texts = (ls: readonly Line[]) => ls.map((l) => l.text);

describe('lines of a Word file made from a PDF', () => {
  const cutFile = [
    line('局党组专题学习习近平法治思想3次，落实会前学法制度，全年学'),
    line('法12次。'),
    line('落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，'),
    line('办理行政处罚案件36件。'),
    line('执法人员不足，原因是编制未随职责调整，培训也不够系统和'),
    line('深入。'),
  ];
  it('are joined where a body line stops mid-sentence', () => {
    expect(texts(joinCutLines(cutFile))).toEqual([
      '局党组专题学习习近平法治思想3次，落实会前学法制度，全年学法12次。',
      '落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，办理行政处罚案件36件。',
      '执法人员不足，原因是编制未随职责调整，培训也不够系统和深入。',
    ]);
  });
  it("never run rows of figures together, one a line under their labels (gwdraft's own export of them)", () => {
    const rows = [
      line('行政处罚案件：立案215件，结案203件，罚没款3126.8万元'),
      line('行政复议案件：收到4件，维持3件，撤销1件'),
      line('行政诉讼案件：应诉6件，负责人出庭应诉6件，出庭率100%'),
      line('规范性文件：制定2件，合法性审核2件，备案2件'),
      line('执法人员培训：举办培训班5期，参训人员312人次'),
      line('局党组专题学习习近平法治思想3次，落实会前学法制度。'),
    ];
    expect(texts(joinCutLines(rows))).toEqual(texts(rows));
    // in a file cut all through, too
    expect(texts(joinCutLines([...cutFile, ...rows]))).toEqual([
      ...texts(joinCutLines(cutFile)),
      ...texts(rows),
    ]);
  });
  it('are not joined in a file where a paragraph or two just lack their stop', () => {
    const word = [...cutFile.slice(0, 2), line('办理行政处罚案件36件。'), line('开展普法活动12场。')];
    expect(texts(joinCutLines(word))).toEqual(texts(word));
  });
  it('never take an enumeration, a heading, a 署名, a date or the 附件说明 as a tail', () => {
    const ls = [
      ...cutFile,
      line('一是组织执法人员轮训，全年培训执法人员860人次，覆盖'),
      line('二是开展案卷评查。'),
      line('附件：1.2025年度行政执法统计表（含行政处罚和行政许可'),
      line('某县司法局'),
      line('2026年1月20日'),
    ];
    expect(texts(joinCutLines(ls)).slice(3)).toEqual(texts(ls).slice(6));
  });
  it('find the title repeated on each page, never the 署名', () => {
    const ls = [
      line('某县司法局'),
      line('2025年法治政府建设年度报告'),
      line('正文。'),
      line('某县司法局2025年法治政府建设年度报告'),
      line('某县司法局'),
    ];
    expect([...runningTitles(ls)]).toEqual([3]);
  });
});
