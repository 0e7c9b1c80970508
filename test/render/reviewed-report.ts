/**
 * A report as it comes back from review: two reviewers' comments (on 正文 words, with a reply and a
 * resolved thread, and on the title and the 署名) and their 修订 (an insertion and a deletion). The names,
 * units and comment texts are marked so a test can look for them in an exported file.
 */
import { addLineThread, addThread, reply, resolveThread } from '../../core/comments/index';
import type { Report } from '../../core/model/report';
import { suggestDelete, suggestInsert } from '../../core/suggestions/index';
import type { Template } from '../../core/templates/schema';

export const REVIEWERS = [
  { author: '周审阅', unit: '审阅单位甲办' },
  { author: '钱法审', unit: '审阅单位乙办' },
] as const;

/** Every comment text written here contains one of these. */
export const COMMENT_MARKS = ['审阅意见甲', '审阅意见乙', '审阅意见丙', '审阅意见丁', '审阅意见戊'] as const;

/** The first block of 正文 long enough to comment on and change: section id and block index. */
function firstParagraph(report: Report): { sectionId: string; blockIndex: number; length: number } {
  for (const s of report.sections)
    for (const [i, b] of s.blocks.entries()) {
      const text = b.children.map((l) => l.text).join('');
      if (b.type === 'paragraph' && text.length >= 40)
        return { sectionId: s.id, blockIndex: i, length: text.length };
    }
  throw new Error('no paragraph to review');
}

export function withReview(input: Report, template: Template | undefined): Report {
  const [a, b] = REVIEWERS;
  const at = (minute: number) => `2025-02-10T0${minute}:00:00Z`;
  let r = input;
  const p = firstParagraph(r);
  const body = addThread(
    r,
    { sectionId: p.sectionId, blockIndex: p.blockIndex, offset: 2, length: 10 },
    { ...a, createdAt: at(1), text: `请补充具体数据（${COMMENT_MARKS[0]}）` },
  );
  r = reply(body.report, body.threadId, { ...b, createdAt: at(2), text: `同意（${COMMENT_MARKS[1]}）` });
  const done = addThread(
    r,
    { sectionId: p.sectionId, blockIndex: p.blockIndex, offset: 20, length: 6 },
    { ...b, createdAt: at(3), text: `已核对（${COMMENT_MARKS[2]}）` },
  );
  r = resolveThread(done.report, done.threadId);
  r = addLineThread(r, template, 'title', null, {
    ...a,
    createdAt: at(4),
    text: `标题请再斟酌（${COMMENT_MARKS[3]}）`,
  }).report;
  r = addLineThread(r, template, 'signature', null, {
    ...b,
    createdAt: at(5),
    text: `署名用全称（${COMMENT_MARKS[4]}）`,
  }).report;
  // 修订: a deletion by one reviewer and an insertion by the other, away from the comments' words
  r = suggestDelete(
    r,
    { sectionId: p.sectionId, blockIndex: p.blockIndex, offset: 30, length: 4 },
    { ...a, createdAt: at(6) },
  ).report;
  r = suggestInsert(r, { sectionId: p.sectionId, blockIndex: p.blockIndex, offset: 36 }, '进一步', {
    ...b,
    createdAt: at(7),
  }).report;
  return r;
}
