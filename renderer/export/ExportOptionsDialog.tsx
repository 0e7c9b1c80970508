/**
 * 导出选项: fonts profile, 版头, 版记 and the signature layout, saved as the last-used options. Comments
 * are not an option: 导出 writes the clean document, 导出审阅稿 the copy with the comment threads.
 */
import { useState } from 'react';
import type { ExportOptions } from '../../core/api/contract';
import { Dialog } from '../files/Dialog';

export function ExportOptionsDialog({
  initial,
  onExport,
  onExportReview,
  onPreview,
  onCancel,
}: {
  initial: ExportOptions;
  onExport(o: ExportOptions): void;
  onExportReview(o: ExportOptions): void;
  onPreview(o: ExportOptions): void;
  onCancel(): void;
}) {
  const [o, setO] = useState<ExportOptions>(initial);
  const [cc, setCc] = useState((initial.cc ?? []).join('，'));
  const set = <K extends keyof ExportOptions>(k: K, v: ExportOptions[K]) => setO((x) => ({ ...x, [k]: v }));
  const result = (): ExportOptions => {
    const list = cc
      .split(/[，,、\n]/u)
      .map((s) => s.trim())
      .filter(Boolean);
    const out: ExportOptions = { ...o };
    if (list.length > 0) out.cc = list;
    else delete out.cc;
    if (!out.signer?.trim()) delete out.signer;
    return out;
  };
  return (
    <Dialog title="导出选项" onCancel={onCancel}>
      <form
        className="gw-export-options"
        onSubmit={(e) => {
          e.preventDefault();
          onExport(result());
        }}
      >
        <label>
          字体方案
          <select
            value={o.fonts}
            onChange={(e) => set('fonts', e.target.value === 'win10' ? 'win10' : 'gb2312')}
          >
            <option value="gb2312">仿宋_GB2312、楷体_GB2312（适合较旧的电脑和 WPS）</option>
            <option value="win10">仿宋、楷体（Windows 10 及以上自带）</option>
          </select>
        </label>
        <fieldset>
          <legend>版式</legend>
          <label>
            <input type="checkbox" checked={o.header} onChange={(e) => set('header', e.target.checked)} />
            版头（红色发文机关标志、发文字号、红色分隔线）
          </label>
          {o.header && (
            <label>
              签发人（上行文）
              <input value={o.signer ?? ''} onChange={(e) => set('signer', e.target.value)} />
            </label>
          )}
          <label>
            <input
              type="checkbox"
              checked={o.footerBlock}
              onChange={(e) => set('footerBlock', e.target.checked)}
            />
            版记（抄送、印发机关和印发日期）
          </label>
          {o.footerBlock && (
            <label>
              抄送机关（用逗号分隔）
              <input value={cc} onChange={(e) => setCc(e.target.value)} />
            </label>
          )}
          <label>
            <input type="checkbox" checked={o.seal} onChange={(e) => set('seal', e.target.checked)} />
            加盖印章的署名格式
          </label>
          <label>
            <input
              type="checkbox"
              checked={o.boldLevel3}
              onChange={(e) => set('boldLevel3', e.target.checked)}
            />
            三级标题“1.”加粗
          </label>
        </fieldset>
        <p className="gw-muted">
          “导出”写不含批注的正式文件；送审时用“导出审阅稿”，另存为“…（审阅稿）.docx”。
        </p>
        <div className="gw-dialog-actions">
          <button type="button" onClick={() => onPreview(result())}>
            预览
          </button>
          <button type="submit">导出</button>
          <button type="button" onClick={() => onExportReview(result())}>
            导出审阅稿
          </button>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
