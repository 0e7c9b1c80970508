import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../templates/index';
import { createReport } from './report-helpers';
import { parentLevel } from './recipient';

describe('a new township report’s 主送机关', () => {
  const town = findTemplate('township')!;
  const recipient = (org: string) => createReport(town, { org, year: 2026 }).meta.recipient;

  it('goes to the 区/市/县 the township’s name says it sits in', () => {
    expect(recipient('霞山区解放街道办事处')).toBe('区委、区政府');
    expect(recipient('坡头区龙头镇人民政府')).toBe('区委、区政府');
    expect(recipient('湛江市坡头区龙头镇人民政府')).toBe('区委、区政府');
    expect(recipient('吴川市长岐镇人民政府')).toBe('市委、市政府');
    expect(recipient('遂溪县城月镇人民政府')).toBe('县委、县政府');
    expect(recipient('某县某某乡人民政府')).toBe('县委、县政府');
  });

  it('keeps the template’s 县委、县政府 when the name does not say', () => {
    expect(recipient('龙头镇人民政府')).toBe('县委、县政府');
    // 新市 is the town's own name, not a 县级市
    expect(parentLevel('新市镇人民政府')).toBeNull();
    expect(recipient('')).toBe('县委、县政府');
  });

  it('leaves other templates’ recipient alone', () => {
    const dept = findTemplate('statutory-five')!;
    expect(createReport(dept, { org: '霞山区司法局', year: 2026 }).meta.recipient).toBe(dept.recipient);
  });
});
