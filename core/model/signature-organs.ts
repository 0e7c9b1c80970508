/**
 * A joint report (联合行文) signs with several organs: "中共某县委 某县人民政府". GB/T 9704-2012 7.3.5.2
 * stacks them without a seal: the lead organ first, each further organ on the line below, the 成文日期
 * under the last. The model keeps the 署名 as one string, the organs apart by spaces, as imports
 * write it; this reads the organs back.
 */

/** How an organ's name ends (局, 委员会, 人民政府, 街道办事处 …). */
export const ORGAN_NAME_ENDING =
  /(?:局|委员会|委|办公室|办|政府|厅|院|会|部|所|中心|处|署|街道办事处|街道|镇|乡|队|站|室|组|司|馆|公司)$/u;

/**
 * The organs of a 署名, in order: more than one only when every space-separated part names an organ
 * (at least three characters, ending like one). Spaces that spread a short name ("司 法 局") or sit
 * inside one name leave it whole.
 */
export function signatureOrgans(signature: string): string[] {
  const whole = signature.trim();
  const parts = whole.split(/[\s\u3000]+/u).filter((p) => p !== '');
  if (parts.length < 2) return whole === '' ? [] : [whole];
  return parts.every((p) => [...p].length >= 3 && ORGAN_NAME_ENDING.test(p)) ? parts : [whole];
}
