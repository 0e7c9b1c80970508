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
