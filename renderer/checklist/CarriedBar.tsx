/**
 * A report started from last year's: a quiet line above the page counts the sections that are still
 * mostly last year's text (the same measure as the checklist's 照搬去年内容 item), and says how the
 * carried-over text is marked. Gone once every section is rewritten.
 */
export function CarriedBar({
  carried,
  year,
  total,
}: {
  carried: readonly string[];
  year: number | null;
  total: number;
}) {
  if (year === null || carried.length === 0) return null;
  return (
    <div className="gw-carried-bar" role="note" aria-label="沿用去年内容">
      以 {year} 年报告为基础：{total} 个部分中有 <b>{carried.length}</b> 个仍大部分是去年的内容。
      <span className="gw-muted">浅色底的段落是沿用的原文，改写后标记消失。</span>
    </div>
  );
}
