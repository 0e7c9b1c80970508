import { describe, expect, it } from 'vitest';
import { blockText, paragraph, type Block } from '../model/content';
import { createReport } from '../model/report-helpers';
import type { Report } from '../model/report';
import { findTemplate } from '../../templates/index';
import { parseDraft } from '../draft/parse';
import { serializeDraft } from '../draft/serialize';
import { addThread } from '../comments/threads';
import {
  acceptSuggestions,
  acceptedText,
  allSuggestionIds,
  listSuggestions,
  mergeSuggestions,
  pendingSuggestionCount,
  rejectSuggestions,
  suggestDelete,
  suggestInsert,
  suggestionIdsByAuthor,
  suggestionIdsInSection,
  suggestionsOfCopy,
} from './index';

const template = findTemplate('zhanjiang-department')!;
function draft(sections: Record<string, Block[]>): Report {
  const r = createReport(template, { org: '某某市某某局', year: 2024 });
  return { ...r, sections: r.sections.map((s) => (sections[s.id] ? { ...s, blocks: sections[s.id]! } : s)) };
}
const base = () =>
  draft({
    'study-spirit': [
      paragraph('局党组全年组织专题学习12次。'),
      paragraph('制定年度学法计划，全年集体学法6次。'),
    ],
    measures: [paragraph('审核规范性文件15件，开展执法检查30次。')],
  });
const li = { author: '李审', unit: '市司法局', createdAt: '2025-01-10T10:00:00Z' };
const wang = { author: '王核', createdAt: '2025-01-11T09:00:00Z' };
const text = (r: Report, sid: string) => r.sections.find((s) => s.id === sid)!.blocks.map(blockText);

describe('suggestions: model', () => {
  it('an insertion is marked text; a deletion marks text instead of removing it', () => {
    let r = suggestInsert(base(), { sectionId: 'study-spirit', blockIndex: 0, offset: 9 }, '集中', li).report;
    const del = suggestDelete(r, { sectionId: 'measures', blockIndex: 0, offset: 11, length: 9 }, wang);
    r = del.report;
    expect(text(r, 'study-spirit')[0]).toBe('局党组全年组织专题集中学习12次。');
    expect(text(r, 'measures')[0]).toBe('审核规范性文件15件，开展执法检查30次。');
    expect(r.sections.find((s) => s.id === 'measures')!.blocks[0]!.children).toEqual([
      { text: '审核规范性文件15件，' },
      { text: '开展执法检查30次', del: del.id },
      { text: '。' },
    ]);
    expect(r.suggestions.map((s) => [s.type, s.author, s.unit, s.anchor.exact])).toEqual([
      ['insert', '李审', '市司法局', '集中'],
      ['delete', '王核', undefined, '开展执法检查30次'],
    ]);
    expect(r.suggestions[0]!.anchor).toMatchObject({ sectionId: 'study-spirit', blockIndex: 0, offset: 9 });
    // The text as accepted: what the checklist, counts and lint judge.
    const acc = acceptedText(r);
    expect(text(acc, 'study-spirit')[0]).toBe('局党组全年组织专题集中学习12次。');
    expect(text(acc, 'measures')[0]).toBe('审核规范性文件15件，。');
    expect(pendingSuggestionCount(r)).toBe(2);
    expect(pendingSuggestionCount(acc)).toBe(0);
  });

  it('accept and reject one, by section, by author, all', () => {
    let r = suggestInsert(base(), { sectionId: 'study-spirit', blockIndex: 0, offset: 9 }, '集中', li).report;
    r = suggestDelete(r, { sectionId: 'study-spirit', blockIndex: 1, offset: 0, length: 9 }, wang).report;
    r = suggestInsert(r, { sectionId: 'measures', blockIndex: 0, offset: 0 }, '全年', li).report;
    const [ins1, del1, ins2] = r.suggestions.map((s) => s.id);
    expect(text(acceptSuggestions(r, new Set([del1!])), 'study-spirit')[1]).toBe('全年集体学法6次。');
    expect(text(rejectSuggestions(r, new Set([del1!])), 'study-spirit')[1]).toBe(
      '制定年度学法计划，全年集体学法6次。',
    );
    expect(text(rejectSuggestions(r, new Set([ins1!])), 'study-spirit')[0]).toBe(
      '局党组全年组织专题学习12次。',
    );
    expect([...suggestionIdsInSection(r, 'study-spirit')]).toEqual([ins1, del1]);
    expect([...suggestionIdsByAuthor(r, '李审')]).toEqual([ins1, ins2]);
    const byAuthor = rejectSuggestions(r, suggestionIdsByAuthor(r, '李审'));
    expect(byAuthor.suggestions.map((s) => s.id)).toEqual([del1]);
    expect(text(byAuthor, 'measures')[0]).toBe('审核规范性文件15件，开展执法检查30次。');
    const all = acceptSuggestions(r, allSuggestionIds(r));
    expect(all.suggestions).toEqual([]);
    expect(JSON.stringify(all.sections)).not.toMatch(/"(ins|del)"/);
    expect(text(all, 'measures')[0]).toBe('全年审核规范性文件15件，开展执法检查30次。');
  });

  it('deleting one’s own insertion takes it back; a whole deleted paragraph goes on accept', () => {
    let r = suggestInsert(base(), { sectionId: 'measures', blockIndex: 0, offset: 0 }, '全年', li).report;
    const d = suggestDelete(r, { sectionId: 'measures', blockIndex: 0, offset: 0, length: 4 }, li);
    r = d.report;
    expect(text(r, 'measures')[0]).toBe('审核规范性文件15件，开展执法检查30次。');
    expect(r.suggestions.map((s) => [s.type, s.anchor.exact])).toEqual([['delete', '审核']]);
    const whole = suggestDelete(
      base(),
      { sectionId: 'study-spirit', blockIndex: 1, offset: 0, length: 18 },
      li,
    );
    expect(text(acceptSuggestions(whole.report, new Set([whole.id!])), 'study-spirit')).toEqual([
      '局党组全年组织专题学习12次。',
    ]);
  });

  it('comment marks and suggestion marks live side by side', () => {
    const withThread = addThread(
      base(),
      { sectionId: 'measures', blockIndex: 0, offset: 0, length: 9 },
      { author: '张三', createdAt: '2025-01-10T10:00:00Z', text: '请补充' },
    ).report;
    const r = suggestDelete(
      withThread,
      { sectionId: 'measures', blockIndex: 0, offset: 2, length: 3 },
      li,
    ).report;
    const leaves = r.sections.find((s) => s.id === 'measures')!.blocks[0]!.children;
    expect(leaves.filter((l) => l.del).map((l) => [l.text, l.comments?.length])).toEqual([['规范性', 1]]);
  });

  it('saves and reopens (schema 2); a version-1 file migrates with no suggestions', () => {
    const r = suggestInsert(base(), { sectionId: 'measures', blockIndex: 0, offset: 0 }, '全年', li).report;
    const again = parseDraft(serializeDraft(r), { fileName: 'a.gwdraft' });
    expect(again).toEqual(r);
    const v1 = JSON.parse(serializeDraft(base())) as Record<string, unknown>;
    delete v1.suggestions;
    v1.schemaVersion = 1;
    const migrated = parseDraft(JSON.stringify(v1), { fileName: 'v1.gwdraft' });
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.suggestions).toEqual([]);
    expect(Object.keys(migrated)).toEqual(Object.keys(base()));
  });
});

describe('suggestions: merge and placement', () => {
  it('merges another copy: placed by quote on an edited draft, no duplicates, 无法定位 kept', () => {
    let copy = suggestInsert(
      base(),
      { sectionId: 'study-spirit', blockIndex: 0, offset: 9 },
      '集中',
      li,
    ).report;
    copy = suggestDelete(copy, { sectionId: 'measures', blockIndex: 0, offset: 11, length: 6 }, li).report;
    copy = suggestDelete(
      copy,
      { sectionId: 'study-spirit', blockIndex: 1, offset: 0, length: 8 },
      wang,
    ).report;
    // Meanwhile the clerk added a paragraph and rewrote the second one of section 一.
    const mine = draft({
      'study-spirit': [
        paragraph('新增的一段。'),
        paragraph('局党组全年组织专题学习12次。'),
        paragraph('全部改写。'),
      ],
      measures: [paragraph('审核规范性文件15件，开展执法检查30次。')],
    });
    const m = mergeSuggestions(mine, suggestionsOfCopy(copy));
    expect({ added: m.added, placed: m.placed, unplaced: m.unplaced }).toEqual({
      added: 3,
      placed: 2,
      unplaced: 1,
    });
    expect(text(m.report, 'study-spirit')[1]).toBe('局党组全年组织专题集中学习12次。');
    const list = listSuggestions(m.report, template);
    expect(list.map((s) => [s.type, s.text, s.sectionLabel, s.detached])).toEqual([
      ['insert', '集中', '一、学习贯彻重要讲话精神', false],
      ['delete', '开展执法检查', '四、主要举措和成效', false],
      ['delete', '制定年度学法计划', '', true],
    ]);
    const again = mergeSuggestions(m.report, suggestionsOfCopy(copy));
    expect({ added: again.added, duplicates: again.duplicates }).toEqual({ added: 0, duplicates: 3 });
    expect(again.report).toEqual(m.report);
    // 无法定位 can be rejected (discarded), never accepted into the text.
    const detachedId = list[2]!.id;
    expect(acceptSuggestions(m.report, new Set([detachedId])).suggestions).toHaveLength(3);
    expect(rejectSuggestions(m.report, new Set([detachedId])).suggestions).toHaveLength(2);
  });
});
