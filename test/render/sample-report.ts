/**
 * A report built in code for the export tests and benchmarks, modelled on a real department report:
 * long section headings, （一）/1./（1） sub-headings, bold lead-ins ("一是…"), numbers with units,
 * a 署名 and 成文日期 — and, on request, comment threads with replies, a resolved one and a detached one.
 * The sentences are the project's own.
 */
import type { Block, TextLeaf } from '../../core/model/content';
import type { Report, Thread } from '../../core/model/report';
import { createReport } from '../../core/model/report-helpers';
import type { Template } from '../../core/templates/schema';

const SENTENCES = [
  '我局坚持把法治政府建设摆在全局工作的突出位置，年初即召开党组会议专题研究部署年度工作任务。',
  '全年组织党组理论学习中心组集中学法12次，邀请法律顾问为全体干部职工专题授课3场。',
  '严格落实行政规范性文件合法性审核制度，全年审核文件9件，清理失效文件4件，均按时报送备案。',
  '深入推进行政执法三项制度，执法全过程记录覆盖率达到100%，重大执法决定全部经过法制审核。',
  '依托政府门户网站和政务新媒体主动公开政府信息236条，依申请公开办结率100%。',
  '落实谁执法谁普法责任制，结合宪法宣传周和民法典宣传月开展进企业、进社区活动18场次。',
  '主要负责同志亲自部署、亲自协调法治建设重要工作，全年听取法治工作专题汇报4次。',
  '完善重大行政决策程序，对涉及企业切身利益的2项政策开展公众参与和专家论证。',
  '行政复议和行政应诉工作平稳有序，负责人出庭应诉率保持100%，全年无败诉案件。',
  '对照年度工作要点逐项建立台账，明确责任股室和完成时限，实行月调度、季通报。',
];

function paragraphOf(n: number, seed: number): Block {
  let text = '';
  for (let i = 0; i < n; i++) text += SENTENCES[(seed + i) % SENTENCES.length]!;
  return { type: 'paragraph', children: [{ text }] };
}

/**
 * About `chars` Chinese characters of content spread over the template's sections. A page holds at
 * most 616 characters (22 × 28), so 30,000 characters is about 50 pages.
 */
export function sampleReport(template: Template, opts: { chars?: number; comments?: boolean } = {}): Report {
  const target = opts.chars ?? 3000;
  const report = createReport(template, { org: '吴川市科工贸和信息化局', year: 2024 });
  report.meta.date = '2025-01-06';
  report.preamble = [
    paragraphOf(2, 0),
    {
      type: 'paragraph',
      children: [{ text: '现将我局2024年度法治政府建设情况报告如下：' }],
    },
  ];
  const perSection = Math.max(1, Math.floor(target / template.sections.length / 45));
  report.sections = template.sections.map((s, si) => {
    const blocks: Block[] = [];
    let left = perSection;
    let seed = si * 3;
    let sub = 0;
    while (left > 0) {
      if (left >= 4 && sub < 6) {
        blocks.push({
          type: 'heading',
          level: 2,
          children: [{ text: `${['健全', '加强', '完善', '推进', '落实', '深化'][sub]}法治工作机制` }],
        });
        sub++;
      }
      const lead: TextLeaf = { text: `${['一', '二', '三'][seed % 3]}是`, bold: true };
      const para = paragraphOf(Math.min(left, 3), seed);
      blocks.push({ type: 'paragraph', children: [lead, ...para.children] });
      if (seed % 5 === 1) {
        blocks.push({ type: 'heading', level: 3, children: [{ text: '强化制度执行' }] });
        blocks.push({ type: 'heading', level: 4, children: [{ text: '细化责任分工' }] });
      }
      left -= Math.min(left, 3);
      seed++;
    }
    return { id: s.id, blocks };
  });
  if (opts.comments) addComments(report);
  return report;
}

/** Three threads: one with a reply, one resolved, one detached (its text was deleted). */
function addComments(report: Report): void {
  const first = report.sections[0]!.blocks.find((b) => b.type === 'paragraph')!;
  const leaf = first.children[1]!;
  const cut = 10;
  first.children.splice(
    1,
    1,
    { text: leaf.text.slice(0, cut), comments: ['t1'] },
    { text: leaf.text.slice(cut) },
  );
  const second = report.sections[1]!.blocks.find((b) => b.type === 'paragraph')!;
  second.children = second.children.map((l) => ({ ...l, comments: ['t2'] }));
  const threads: Thread[] = [
    {
      id: 't1',
      anchor: {
        exact: leaf.text.slice(0, cut),
        prefix: '一是',
        suffix: '',
        sectionId: report.sections[0]!.id,
        blockIndex: 0,
        offset: 2,
      },
      comments: [
        {
          id: 'c1',
          author: '李审阅',
          initials: 'LSY',
          unit: '市司法局',
          createdAt: '2025-01-08T09:30:00.000Z',
          text: '请补充学法的具体次数。',
        },
        {
          id: 'c2',
          author: '王起草',
          initials: 'WQC',
          createdAt: '2025-01-08T10:00:00.000Z',
          text: '已补充，见第二段。',
        },
      ],
      resolved: false,
      detached: false,
    },
    {
      id: 't2',
      anchor: {
        exact: '一是',
        prefix: '',
        suffix: '',
        sectionId: report.sections[1]!.id,
        blockIndex: 0,
        offset: 0,
      },
      comments: [
        {
          id: 'c3',
          author: '李审阅',
          initials: 'LSY',
          createdAt: '2025-01-08T09:40:00.000Z',
          text: '表述可以更具体。',
        },
      ],
      resolved: true,
      detached: false,
    },
    {
      id: 't3',
      anchor: {
        exact: '已删除的一句话',
        prefix: '',
        suffix: '',
        sectionId: report.sections[2]!.id,
        blockIndex: 1,
        offset: 0,
      },
      comments: [
        {
          id: 'c4',
          author: '李审阅',
          initials: 'LSY',
          createdAt: '2025-01-08T09:50:00.000Z',
          text: '这句话的数据来源？',
        },
      ],
      resolved: false,
      detached: true,
    },
  ];
  report.comments = threads;
}
