/**
 * The shipped outline templates, validated at load. Add a template by adding its JSON here.
 */
import { parseTemplate } from '../core/templates/load';
import type { Template } from '../core/templates/schema';
import zhanjiangDepartment from './zhanjiang-department.json';

const RAW: readonly unknown[] = [zhanjiangDepartment];

let cache: readonly Template[] | null = null;

export function shippedTemplates(): readonly Template[] {
  cache ??= RAW.map(parseTemplate);
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return shippedTemplates().find((t) => t.id === id);
}
