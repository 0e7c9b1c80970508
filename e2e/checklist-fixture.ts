/**
 * The checklist/export specs' draft: a 湛江 report that meets every mandated item except two —
 * 学习宣传贯彻习近平法治思想 (its words taken out of section 二) and 其他需要报告的情况 (section 七 left
 * empty) — with two 公文 lint slips in section 一 (a half-width comma and "2024 年").
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeDraft } from '../core/draft';
import { paragraph } from '../core/model/content';
import type { Report } from '../core/model/report';
import { parseTemplate } from '../core/templates/load';
import { completeReport } from '../test/fixtures/check/complete-report';
import { sampleReport } from '../test/render/sample-report';

export const MISSING = ['xi-thought', 'other-present'] as const;
export const COMMA_SLIP = '我局召开专题会议,研究部署法治建设工作。';
export const SPACE_SLIP = '2024 年全局干部参加学法考试。';

// Read as data: Playwright's loader wants an import attribute on JSON modules, which Vite's build does not.
const ZHANJIANG = new URL('../templates/zhanjiang-department.json', import.meta.url);

const zhanjiang = () => parseTemplate(JSON.parse(readFileSync(ZHANJIANG, 'utf8')));

/** A longer report with every heading level and bold lead-ins (the export tests' sample), ~`chars` long. */
export async function writeLongFixture(workspace: string, name: string, chars: number): Promise<string> {
  const path = join(workspace, name);
  await writeFile(path, encodeDraft(sampleReport(zhanjiang(), { chars }), name));
  return path;
}

export function twoItemsMissing(): Report {
  const template = zhanjiang();
  const report = completeReport(template, { omit: 'other-present' });
  report.sections = report.sections.map((s) => {
    if (s.id === 'rule-of-law-thought')
      return {
        ...s,
        blocks: s.blocks.map((b) => ({
          ...b,
          children: b.children.map((c) => ({ ...c, text: c.text.replaceAll('习近平法治思想', '有关精神') })),
        })),
      };
    if (s.id === 'study-spirit')
      return { ...s, blocks: [...s.blocks, paragraph(COMMA_SLIP), paragraph(SPACE_SLIP)] };
    return s;
  });
  return report;
}

export async function writeFixture(workspace: string, name: string): Promise<string> {
  const path = join(workspace, name);
  await writeFile(path, encodeDraft(twoItemsMissing(), name));
  return path;
}
