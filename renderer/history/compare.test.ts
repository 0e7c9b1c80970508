import { describe, expect, it } from 'vitest';
import { paragraph } from '../../core/model/content';
import { createReport } from '../../core/model/report-helpers';
import { findTemplate } from '../../templates/index';
import { compareReports, unmatched } from './compare';

describe('comparing a version with its file', () => {
  it('finds the paragraphs only one side has', () => {
    expect(unmatched(['甲', '乙', '丙'], ['甲', '丙', '丁'])).toEqual({ onlyA: ['乙'], onlyB: ['丁'] });
    expect(unmatched([], ['甲'])).toEqual({ onlyA: [], onlyB: ['甲'] });
    expect(unmatched(['甲', '乙'], ['甲', '乙'])).toEqual({ onlyA: [], onlyB: [] });
  });

  it('lists only the parts that differ, with both 字数', () => {
    const t = findTemplate('zhanjiang-department')!;
    const file = createReport(t, { org: '某局', year: 2024 });
    file.sections[0]!.blocks = [paragraph('全年培训十二次。'), paragraph('覆盖全部干部。')];
    file.sections[1]!.blocks = [paragraph('未改动的部分。')];
    const version = structuredClone(file);
    version.sections[0]!.blocks = [paragraph('全年培训十二次。'), paragraph('又补充了一段。')];
    const diff = compareReports(version, file);
    expect(diff).toEqual([
      {
        id: file.sections[0]!.id,
        onlyVersion: ['又补充了一段。'],
        onlyFile: ['覆盖全部干部。'],
        versionChars: 15,
        fileChars: 15,
      },
    ]);
  });
});
