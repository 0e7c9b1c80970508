/** 报告信息: 机关, 年度, 标题, 署名, 成文日期, 主送机关, 发文字号. Every change is one global undo step per field. */
import { memo, useState, type ReactNode } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import type { ReportMeta } from '../../core/model/report';
import { formatChineseDate } from '../../core/model/report-helpers';
import { reportTitle } from '../../core/templates/load';
import { useReviewMode } from '../comments/review-mode';

const selMeta = (s: DocSnapshot) => s.meta;

function nullable(v: string): string | null {
  return v.trim() === '' ? null : v;
}

export const MetaForm = memo(function MetaForm({
  store,
  extra,
}: {
  store: DocStore;
  /** The outline line (提纲 and 改用提纲…), composed by the shell. */
  extra?: ReactNode;
}) {
  const meta = useDoc(store, selMeta);
  // 审阅模式: the reviewer reads the metadata, the clerk edits it.
  const reviewing = useReviewMode();
  const [yearText, setYearText] = useState(String(meta.year));
  // When the year changes elsewhere (undo, open), the box shows it again; adjusted during render, as
  // React recommends over an effect.
  const [shownYear, setShownYear] = useState(meta.year);
  if (shownYear !== meta.year) {
    setShownYear(meta.year);
    setYearText(String(meta.year));
  }
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
  const field = { store, meta, reviewing };
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
        <OptionalField
          label="署名"
          field="signature"
          placeholder={meta.org || '署名'}
          hint="联合行文：各机关名称之间空一格（如“中共某县委 某县人民政府”），导出时按 GB/T 9704 逐行排列"
          {...field}
        />
        <label>
          成文日期
          <input
            readOnly={reviewing}
            aria-label="成文日期"
            data-line="date"
            type="date"
            value={meta.date ?? ''}
            onChange={(e) =>
              store.setMeta('date', /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)
            }
          />
          <span className="gw-hint">{meta.date ? formatChineseDate(meta.date) : '未填'}</span>
        </label>
        <OptionalField label="标题" field="title" placeholder={defaultTitle} wide {...field} />
        <OptionalField label="主送机关" field="recipient" placeholder="可不填" {...field} />
        <OptionalField
          label="发文字号"
          field="docNumber"
          placeholder="如 某发〔2025〕3号，可不填"
          {...field}
        />
        {extra}
      </div>
    </details>
  );
});

/** The metadata that may be left empty: an empty box stores null (the derived or absent value). */
type OptionalMeta = 'title' | 'signature' | 'recipient' | 'docNumber';

function OptionalField({
  label,
  field,
  placeholder,
  hint,
  wide = false,
  store,
  meta,
  reviewing,
}: {
  label: string;
  field: OptionalMeta;
  placeholder: string;
  /** Shown on hover: how to fill the field. */
  hint?: string;
  wide?: boolean;
  store: DocStore;
  meta: ReportMeta;
  reviewing: boolean;
}) {
  return (
    <label className={wide ? 'gw-wide' : undefined}>
      {label}
      <input
        readOnly={reviewing}
        aria-label={label}
        // The lines a reviewer comments on (the comments feature reads this): all but 发文字号.
        data-line={field === 'docNumber' ? undefined : field}
        value={meta[field] ?? ''}
        placeholder={placeholder}
        title={hint}
        onChange={(e) => store.setMeta(field, nullable(e.target.value))}
      />
    </label>
  );
}
