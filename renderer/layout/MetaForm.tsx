/** 报告信息: 机关, 年度, 标题, 署名, 成文日期, 主送机关, 发文字号. Every change is one global undo step per field. */
import { memo, useEffect, useState } from 'react';
import type { DocSnapshot, DocStore } from '../app/doc-store';
import { useDoc } from '../app/use-doc';
import { formatChineseDate } from '../../core/model/report-helpers';
import { reportTitle } from '../../core/templates/load';
import { useReviewMode } from '../comments/review-mode';

const selMeta = (s: DocSnapshot) => s.meta;

function nullable(v: string): string | null {
  return v.trim() === '' ? null : v;
}

export const MetaForm = memo(function MetaForm({ store }: { store: DocStore }) {
  const meta = useDoc(store, selMeta);
  // 审阅模式: the reviewer reads the metadata, the clerk edits it.
  const reviewing = useReviewMode();
  const [yearText, setYearText] = useState(String(meta.year));
  useEffect(() => setYearText(String(meta.year)), [meta.year]);
  const defaultTitle = reportTitle(
    store.template?.titlePattern ?? '{org}{year}年法治政府建设年度报告',
    meta.org,
    meta.year,
  );
  const onYear = (v: string) => {
    setYearText(v);
    const n = Number(v);
    if (/^\d{4}$/.test(v) && n >= 2000 && n <= 2100) store.setMeta('year', n);
  };
  return (
    <details className="gw-meta" open>
      <summary>报告信息</summary>
      <div className="gw-meta-grid">
        <label>
          机关
          <input
            readOnly={reviewing}
            aria-label="机关"
            value={meta.org}
            onChange={(e) => store.setMeta('org', e.target.value)}
            placeholder="机关全称"
          />
        </label>
        <label>
          年度
          <input
            readOnly={reviewing}
            aria-label="年度"
            type="number"
            min={2000}
            max={2100}
            value={yearText}
            onChange={(e) => onYear(e.target.value)}
            aria-invalid={String(meta.year) !== yearText}
          />
        </label>
        <label>
          署名
          <input
            readOnly={reviewing}
            aria-label="署名"
            value={meta.signature ?? ''}
            placeholder={meta.org || '署名'}
            onChange={(e) => store.setMeta('signature', nullable(e.target.value))}
          />
        </label>
        <label>
          成文日期
          <input
            readOnly={reviewing}
            aria-label="成文日期"
            type="date"
            value={meta.date ?? ''}
            onChange={(e) =>
              store.setMeta('date', /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)
            }
          />
          <span className="gw-hint">{meta.date ? formatChineseDate(meta.date) : '未填'}</span>
        </label>
        <label className="gw-wide">
          标题
          <input
            readOnly={reviewing}
            aria-label="标题"
            value={meta.title ?? ''}
            placeholder={defaultTitle}
            onChange={(e) => store.setMeta('title', nullable(e.target.value))}
          />
        </label>
        <label>
          主送机关
          <input
            readOnly={reviewing}
            aria-label="主送机关"
            value={meta.recipient ?? ''}
            placeholder="可不填"
            onChange={(e) => store.setMeta('recipient', nullable(e.target.value))}
          />
        </label>
        <label>
          发文字号
          <input
            readOnly={reviewing}
            aria-label="发文字号"
            value={meta.docNumber ?? ''}
            placeholder="如 某发〔2025〕3号，可不填"
            onChange={(e) => store.setMeta('docNumber', nullable(e.target.value))}
          />
        </label>
      </div>
    </details>
  );
});
