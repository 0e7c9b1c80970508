import { describe, expect, it } from 'vitest';
import signs from './body-line-signs.json';
import { readsAsSentence, recogniseHeading, recogniseRunOnHeading } from './heading-patterns';

/** Body text that starts with a sub-heading's number, as real reports write it. */
const SENTENCES = [
  // Counts across clauses, no 。 at all.
  '（一）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次',
  '（1）聘请法律顾问2名，审核合同46份',
  '（五）全面推进政务公开，主动公开政府信息1268条，办理依申请公开38件',
  '2.加强行政执法人员管理，全局持证执法人员达到86人，占在编人数的92%',
  '3.开展“八五”普法宣传活动，发放宣传资料1.2万余份',
  '1.落实行政执法公示制度，公示执法信息2300余条',
  // A list item stopping on ；, on ，, on 、.
  '1.全年办理行政复议案件36件，纠错率8.3%；',
  '2.组织开展法治培训12场次，参训干部职工1500余人次；',
  '（2）审查规范性文件15件，提出修改意见42条，全部予以采纳；',
  '（三）严格落实合法性审核制度，',
  '4.完善重大行政决策目录管理、',
  // A run-in lead with a colon, then counts; a lead-in to a list.
  '2.行政执法方面：全年共办理行政处罚案件268件，罚没款120.5万元',
  '3.开展执法案卷评查，抽查案卷120卷，发现问题18个，已全部整改：',
  '（二）为提升执法水平，我局采取了以下措施：',
  // Reporting without numbers.
  '（一）坚持党的领导，我局高度重视法治政府建设工作',
  '（4）落实普法责任制，累计开展送法下乡活动',
  // Many clauses, no numbers.
  '（一）坚持党的领导，局党组高度重视法治政府建设工作，将其纳入全局工作总体布局，与业务工作同部署同推进',
];

/** Sub-headings with a comma (or two) that stay headings. */
const HEADINGS = [
  '（三）坚持依法决策，提升决策质量',
  '（二）强化执法监督，规范执法行为',
  '（六）严格规范公正文明执法，全面落实行政执法三项制度',
  '1.持续深化“放管服”改革，提升政务服务水平',
  '1.落实“谁执法谁普法”责任制，制定普法责任清单',
  '（一）深入学习贯彻习近平法治思想，全面落实党中央、国务院关于法治政府建设的决策部署',
  '（二）强化法治宣传教育，深入实施“八五”普法规划，营造浓厚法治氛围',
  '（三）加强组织领导，健全工作机制，压实工作责任，推进任务落实',
  '2.抓学习，强素质，提升依法行政能力',
  '（二）聚焦“12345”政务服务便民热线，提升群众满意度',
  '（四）2026年度推进法治政府建设的主要安排',
  '（一）存在的问题：',
  '（1）完善制度体系，夯实法治基础',
  '（二）建设24小时自助服务区，方便群众办事',
  '3.实施“2+N”培训计划，提升干部依法行政能力',
];

describe('readsAsSentence / recogniseHeading: numbered body text is not a sub-heading', () => {
  it.each(SENTENCES)('%s → body text', (line) => {
    expect(recogniseHeading(line)).toBeNull();
  });

  it.each(HEADINGS)('%s → a heading', (line) => {
    expect(recogniseHeading(line)).not.toBeNull();
  });

  it('reads the words after the number, before the 。', () => {
    expect(readsAsSentence('全年办理行政复议案件36件，纠错率8.3%')).toBe(true);
    expect(readsAsSentence('坚持依法决策，提升决策质量')).toBe(false);
    // Years and dates are no counts; a count in a single clause is not enough on its own.
    expect(readsAsSentence('2024年度推进法治政府建设的主要举措和成效')).toBe(false);
    expect(readsAsSentence('实现行政执法“三项制度”100%全覆盖')).toBe(false);
  });

  it('does not split a sentence at its 。 as a run-in heading', () => {
    expect(
      recogniseRunOnHeading('（一）局党组专题研究法治政府建设工作3次，听取汇报2次。全年未发生行政败诉案件。'),
    ).toBeNull();
    expect(recogniseRunOnHeading('（一）加强组织领导，压实主体责任。局党组召开会议3次。')).toEqual({
      level: 2,
      text: '加强组织领导，压实主体责任。',
      rest: '局党组召开会议3次。',
    });
  });

  it('keeps its units and words as data', () => {
    expect(signs.countUnits).toContain('件');
    expect(signs.countUnits).not.toContain('年');
    expect(signs.reportingWords).toContain('我局');
  });
});
