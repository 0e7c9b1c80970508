/**
 * The default 主送机关 of a new report. A township's report goes to the party committee and government
 * of the county-level unit above it — 县, 区 or 县级市 — which its own name usually says: 霞山区解放街道办事处
 * reports to 区委、区政府, 吴川市长岐镇人民政府 to 市委、市政府. The template's `recipientFromOrg`
 * ("{parent}委、{parent}政府") gives the wording; its `recipient` stays the default when the name does not
 * say (龙头镇人民政府).
 */
import type { Template } from '../templates/schema';

/** The organ suffixes a township's name ends in, before its 镇/乡/街道. */
const ORGAN_SUFFIX = /(人民政府|办事处|党委|党工委|委员会)$/;
/** 县/区/市, then the township's own name (no 县/区/市 in it: 新市镇 is a 镇, not a 市), then 镇/乡/街道. */
const PARENT_THEN_TOWN = /(县|区|市)[^县区市]{1,8}(镇|乡|街道)$/;

/** 县, 区 or 市 when ORG names the county-level unit its township sits in; null otherwise. */
export function parentLevel(org: string): '县' | '区' | '市' | null {
  const m = PARENT_THEN_TOWN.exec(org.trim().replace(ORGAN_SUFFIX, ''));
  return m ? (m[1] as '县' | '区' | '市') : null;
}

export function defaultRecipient(template: Template, org: string): string | null {
  const pattern = template.recipientFromOrg;
  const parent = pattern ? parentLevel(org) : null;
  return pattern && parent ? pattern.replaceAll('{parent}', parent) : template.recipient;
}
