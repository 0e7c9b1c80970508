/** What the Word import's notes say of comments it cannot place in the text. */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import {
  commentsXml,
  del,
  documentXml,
  end,
  makeDocx,
  p,
  r,
  start,
} from '../../../test/fixtures/docx/make-docx';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

describe('comments on the title, the 署名 and deleted text', () => {
  const body = [
    p(start(1) + r('某县司法局2025年法治政府建设年度报告') + end(1)),
    p(r('一、2025年度推进法治政府建设的主要举措和成效')),
    p(r('局党组学习习近平法治思想3次，') + start(3) + del('开展执法检查') + end(3) + r('办理复议案件2件。')),
    p(start(2) + r('某县司法局') + end(2)),
    p(r('2026年1月20日')),
  ].join('');
  const comment = (id: number, text: string) => ({
    id,
    author: '审阅人',
    date: '2026-01-22T09:00:00Z',
    text,
    paraId: `0000000${id}`,
  });
  const { report, notes } = importDocx(
    makeDocx({
      document: documentXml(body),
      comments: commentsXml([comment(1, '标题请核对'), comment(2, '署名用全称'), comment(3, '为何删去')]),
    }),
    { templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 },
  );

  it('keeps all three, and says which are on lines outside the text and which on deleted text', () => {
    expect(report.comments).toHaveLength(3);
    const note = notes.find((n) => n.startsWith('导入批注'))!;
    expect(note).toContain('2 条批在标题、署名等正文以外的文字上');
    expect(note).toContain('1 条原文已删除');
  });
});
