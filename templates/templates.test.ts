import { describe, expect, it } from 'vitest';
import { findTemplate, shippedTemplates } from './index';
import { outlineVocabulary } from './vocabulary';
import { headingConcepts, unitKindOf } from '../core/templates/vocabulary';
import { sectionHeading } from '../core/templates/load';

const STATUTORY = ['第一项', '第二项', '第三项', '第四项', '第五项'];

describe('shipped templates', () => {
  const templates = shippedTemplates();

  it('all load and validate, with unique ids', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(
      ['county-three', 'government-gangyao', 'statutory-five', 'township', 'zhanjiang-department'].sort(),
    );
    for (const t of templates) {
      expect(t.sections.length).toBeGreaterThan(0);
      expect(t.items.length).toBeGreaterThan(0);
      expect(t.deadlines.length).toBeGreaterThan(0);
    }
  });

  it('every item points at a section that exists, and every mandated item has rules', () => {
    for (const t of templates) {
      const ids = new Set(t.sections.map((s) => s.id));
      for (const item of t.items) {
        if (item.section !== null) expect(ids, `${t.id}/${item.id}`).toContain(item.section);
        if (item.severity === 'fail') expect(item.rules.length, `${t.id}/${item.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('every required section has a mandated presence check', () => {
    for (const t of templates) {
      for (const s of t.sections.filter((x) => x.required)) {
        const checked = t.items.some(
          (i) => i.section === s.id && i.severity === 'fail' && i.rules.some((r) => r.kind === 'present'),
        );
        expect(checked, `${t.id}/${s.id}`).toBe(true);
      }
    }
  });

  it('covers the five statutory contents in every template, each with rules', () => {
    for (const t of templates) {
      for (const n of STATUTORY) {
        const covering = t.items.filter((i) => i.basis?.includes(`年度报告内容${n}`) && i.rules.length > 0);
        expect(covering.length, `${t.id} ${n}`).toBeGreaterThan(0);
      }
    }
  });

  it('carries the structural checks and deadlines every report needs', () => {
    for (const t of templates) {
      const kinds = new Set(t.items.flatMap((i) => i.rules.map((r) => r.kind)));
      for (const k of [
        'causes',
        'nextYear',
        'signature',
        'date',
        'deadlines',
        'dataDensity',
        'keywords',
      ] as const)
        expect(kinds, `${t.id} ${k}`).toContain(k);
      const filing = t.deadlines.find((d) => d.id === 'filing');
      expect(filing && [filing.month, filing.day]).toEqual([3, 1]);
    }
  });

  it('ships the outlines of the domain reference', () => {
    const five = findTemplate('statutory-five')!;
    expect(five.sections.map((s) => sectionHeading(s.heading, 2024))).toEqual([
      '2024年度推进法治政府建设的主要举措和成效',
      '2024年度推进法治政府建设存在的不足和原因',
      '2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '下一年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    const gov = findTemplate('government-gangyao')!;
    expect(gov.audience).toBe('government');
    expect(gov.sections[0]!.heading).toBe('深入学习贯彻习近平法治思想，切实履行推进法治建设第一责任人职责');
    expect(gov.sections[1]!.heading).toBe('健全政府机构职能体系，推动政府职能依法全面履行');
    expect(gov.sections.slice(-3).map((s) => s.short)).toEqual([
      '存在的不足和原因',
      '下一年度主要安排',
      '其他需要报告的情况',
    ]);
    expect(gov.sections.length).toBe(13);
    expect(findTemplate('county-three')!.sections.map((s) => s.short)).toEqual([
      '工作开展情况',
      '存在的问题',
      '下一步工作打算',
    ]);
    const town = findTemplate('township')!;
    expect(town.recipient).toBe('县委、县政府');
    expect(town.sections.map((s) => s.short)).toEqual([
      '主要举措和成效',
      '存在的不足和原因',
      '下一年度主要安排',
    ]);
  });
});

describe('unit kinds (outline-vocabulary.json)', () => {
  const kind = (name: string) => unitKindOf(name, outlineVocabulary());

  it('tells a government from its own offices and commissions', () => {
    expect(kind('信阳市人民政府')).toBe('government');
    expect(kind('中共汉寿县委  汉寿县人民政府')).toBe('government');
    expect(kind('某县人民政府关于2025年度法治政府建设情况的报告')).toBe('government');
    expect(kind('某市人民政府办公室')).toBe('department');
    expect(kind('某市人民政府国有资产监督管理委员会')).toBe('department');
    expect(kind('某市人民政府外事办公室')).toBe('department');
  });

  it('reads 开发区管委会, 街道 and 乡 names', () => {
    expect(kind('襄阳高新技术产业开发区管理委员会')).toBe('department');
    expect(kind('某经济开发区管委会')).toBe('department');
    expect(kind('成都市武侯区玉林街道办事处')).toBe('township');
    expect(kind('汝城县文明瑶族乡人民政府')).toBe('township');
    expect(kind('阿巴嘎旗别力古台镇人民政府')).toBe('township');
    expect(kind('陈巴尔虎旗鄂温克民族苏木人民政府')).toBe('township');
    expect(kind('陈巴尔虎旗人民政府')).toBe('government');
    // Short forms and the 行政公署 of a 地区 or 盟 are governments; a 镇政府 is a 乡镇.
    expect(kind('某县政府')).toBe('government');
    expect(kind('某市某区政府')).toBe('government');
    expect(kind('某盟行政公署')).toBe('government');
    expect(kind('某镇政府')).toBe('township');
    expect(kind('某市政府办公室')).toBe('department');
    // A 开发区 or 管理区 named without its 管委会 is the 管委会's unit.
    expect(kind('长沙经济技术开发区')).toBe('department');
    expect(kind('岳阳市屈原管理区')).toBe('department');
  });

  it('reads 垂直管理 units and 事业单位 with 行政职能 as departments', () => {
    expect(kind('中华人民共和国太平海关')).toBe('department');
    expect(kind('国家税务总局泉州市丰泽区税务局')).toBe('department');
    expect(kind('南昌住房公积金管理中心')).toBe('department');
    expect(kind('某市公路事业发展中心')).toBe('department');
    expect(kind('某市水库管理处')).toBe('department');
    expect(kind('某市档案馆')).toBe('department');
    expect(kind('某省某监狱')).toBe('department');
    expect(kind('某县供销合作社联合社')).toBe('department');
    expect(kind('湖南省青羊湖国有林场')).toBe('department');
    expect(kind('某农垦局某国营农场')).toBe('department');
    expect(kind('某县人民广场')).toBeNull();
  });
});

describe('heading concepts (outline-vocabulary.json)', () => {
  it("reads the 纲要's last chapter in a government's words: 组织保障 is 党的领导和推进机制", () => {
    const v = outlineVocabulary();
    expect([...headingConcepts('加强法治政府建设组织保障', v)]).toEqual(['leadership']);
    expect([...headingConcepts('加强党的领导，完善法治政府建设推进机制', v)]).toEqual(['leadership']);
  });
});
