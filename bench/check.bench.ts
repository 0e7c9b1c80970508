/**
 * Checklist speed on a generated 50-page report (~30,000 counted characters, 22 x 28 per page):
 * a full evaluation with no cache, and a re-check after an edit in one section with the previous
 * cache (what the 检查清单 panel does while the clerk types). The 公文 lint is measured beside it.
 */
import { paragraph, subHeading, type Block } from '../core/model/content';
import { reportCharCount } from '../core/model/report-helpers';
import type { Report } from '../core/model/report';
import { evaluateChecklist, type CheckCache } from '../core/check/index';
import { lintReport } from '../core/lint/index';
import { findTemplate } from '../templates/index';
import { completeReport, TODAY } from '../test/fixtures/check/complete-report';
import { measure, percentile, type BenchRow } from './harness';

const SENTENCES = [
  '我局组织执法人员培训 4 期，参训人员210人次，持证执法人员共 58 名。',
  '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，法制审核率100%。',
  '依托门户网站主动公开政府信息1200余条，办理依申请公开事项12件，均在法定期限内答复。',
  '局党组定期听取法治建设工作汇报，及时研究解决重大行政决策、规范性文件等有关重大问题。',
  '落实“谁执法谁普法”责任制，围绕民法典开展送法进企业活动18场，发放宣传资料3000余份。',
  '对本局起草的规范性文件全部进行合法性审核和公平竞争审查，清理文件7件，废止3件、修改4件。',
  '通过行政调解化解消费纠纷860余宗，为群众挽回经济损失85.6万元，未发生行政诉讼败诉案件。',
  '部分执法人员对新修订法律法规掌握不够全面，究其原因，主要是培训的针对性不强。',
];

/** The complete report, each section grown to its share of ~30,000 characters. */
function fiftyPages(): Report {
  const template = findTemplate('zhanjiang-department')!;
  const report = completeReport(template);
  const perSection = Math.ceil(30_000 / report.sections.length);
  let k = 0;
  report.sections = report.sections.map((s) => {
    const blocks: Block[] = [...s.blocks];
    let chars = 0;
    while (chars < perSection) {
      if (blocks.length % 6 === 0) blocks.push(subHeading(2, `第${blocks.length}项工作`));
      const text = SENTENCES.slice(k % 4, (k % 4) + 4).join('');
      k += 1;
      blocks.push(paragraph(text));
      chars += text.length;
    }
    return { ...s, blocks };
  });
  return report;
}

export default async function bench(): Promise<BenchRow[]> {
  const template = findTemplate('zhanjiang-department')!;
  const report = fiftyPages();
  const chars = reportCharCount(report);

  const full = await measure(() => evaluateChecklist(report, template, { today: TODAY }), 30, 5);

  // Each run types one character into one paragraph of section 四: a new blocks array there only.
  let cache: CheckCache = evaluateChecklist(report, template, { today: TODAY }).cache;
  let current = report;
  let n = 0;
  const edit = await measure(
    () => {
      n += 1;
      const sections = current.sections.map((s) => {
        if (s.id !== 'measures') return s;
        const blocks = [...s.blocks];
        const last = blocks[blocks.length - 1]!;
        blocks[blocks.length - 1] = {
          ...last,
          children: [{ text: last.children[0]!.text + (n % 10) }],
        } as Block;
        return { ...s, blocks };
      });
      current = { ...current, sections };
      cache = evaluateChecklist(current, template, { today: TODAY, previous: cache }).cache;
    },
    100,
    10,
  );

  const lint = await measure(() => lintReport(JSON.parse(JSON.stringify(report)) as Report), 20, 3);

  const note = `${chars} chars, ${report.sections.reduce((a, s) => a + s.blocks.length, 0)} blocks`;
  const median = (xs: number[]) => percentile(xs, 50);
  return [
    {
      name: 'check: full checklist, 50-page report',
      median: median(full),
      p95: percentile(full, 95),
      target: 20,
      note,
    },
    {
      name: 'check: re-check after an edit in one section',
      median: median(edit),
      p95: percentile(edit, 95),
      target: 2,
      note,
    },
    {
      name: 'lint: whole 50-page report, cold',
      median: median(lint),
      p95: percentile(lint, 95),
      note: 'includes a JSON copy so no block is memoised',
    },
  ];
}
