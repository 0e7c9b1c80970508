import { describe, expect, it } from 'vitest';
import { signatureOrgans } from './signature-organs';

describe('signatureOrgans', () => {
  it('splits a joint 署名 into its organs, in order', () => {
    expect(signatureOrgans('中共汉寿县委 汉寿县人民政府')).toEqual(['中共汉寿县委', '汉寿县人民政府']);
    expect(signatureOrgans('中共青山镇委员会\u3000\u3000青山镇人民政府')).toEqual([
      '中共青山镇委员会',
      '青山镇人民政府',
    ]);
    expect(signatureOrgans('中共某县委  某县人民政府  某县政协党组')).toHaveLength(3);
  });

  it('keeps one organ whole, also when spaces spread or split its name', () => {
    expect(signatureOrgans('吴川市科工贸和信息化局')).toEqual(['吴川市科工贸和信息化局']);
    expect(signatureOrgans('  吴川市司法局 ')).toEqual(['吴川市司法局']);
    expect(signatureOrgans('司 法 局')).toEqual(['司 法 局']);
    expect(signatureOrgans('湛江市坡头区 水务局')).toEqual(['湛江市坡头区 水务局']);
    expect(signatureOrgans('某县人民政府 2025')).toEqual(['某县人民政府 2025']);
    expect(signatureOrgans('')).toEqual([]);
  });
});
