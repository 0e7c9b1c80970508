/**
 * The shipped outline templates, validated at load. Add a template by adding its JSON here.
 */
import { parseTemplate } from '../core/templates/load';
import type { Template } from '../core/templates/schema';
import type { Report } from '../core/model/report';
import zhanjiangDepartment from './zhanjiang-department.json';
import statutoryFive from './statutory-five.json';
import governmentGangyao from './government-gangyao.json';
import countyThree from './county-three.json';
import township from './township.json';

const RAW: readonly unknown[] = [
  zhanjiangDepartment,
  statutoryFive,
  governmentGangyao,
  countyThree,
  township,
];

let cache: readonly Template[] | null = null;

export function shippedTemplates(): readonly Template[] {
  cache ??= RAW.map(parseTemplate);
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return shippedTemplates().find((t) => t.id === id);
}

/** A report's template: the copy it carries (自拟提纲, a user's template), else the shipped one by id. */
export function templateOf(report: Report): Template | undefined {
  return report.template ?? findTemplate(report.templateId);
}
