import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';
import { matchHeadings } from './match';

const template = findTemplate('statutory-five')!;
const vocab = outlineVocabulary();

describe('matchHeadings', () => {
  it('matches the same headings alike against each template, and a list changed in place afresh', () => {
    const headings = [template.sections[0]!.heading, '完全无关的标题文字'];
    const first = matchHeadings(headings, template, vocab);
    expect(first[0]!.sectionId).toBe(template.sections[0]!.id);
    expect(first[1]!.sectionId).toBeNull();
    // prepared once for the list: another template, then the same one again, give the same answer
    matchHeadings(headings, findTemplate('zhanjiang-department')!, vocab);
    expect(matchHeadings(headings, template, vocab)).toEqual(first);
    // the same array with other headings is matched as what it now holds
    headings[1] = template.sections[1]!.heading;
    expect(matchHeadings(headings, template, vocab)[1]!.sectionId).toBe(template.sections[1]!.id);
    expect(matchHeadings(headings, template)[1]!.sectionId).toBe(template.sections[1]!.id);
  });
});

describe('a heading merging two parts', () => {
  it('goes to the part it names first, leaving the other to be found by the checklist', () => {
    const ids = (headings: string[]) => matchHeadings(headings, template, vocab).map((m) => m.sectionId);
    expect(ids(['2026年度推进法治政府建设的主要安排及其他需要报告的情况'])).toEqual(['next-year']);
    expect(ids(['存在的不足和原因及下一步打算'])).toEqual(['shortcomings']);
    // one part alone goes where it always went
    expect(ids(['其他需要报告的情况'])).toEqual(['other']);
  });
});
