/** 与原文件比较: the parts where the opened version and its file differ, paragraph by paragraph. */
import { Dialog } from '../files/Dialog';
import type { PartDiff } from './compare';

export function CompareDialog({
  fileName,
  versionLabel,
  diff,
  partName,
  onReplace,
  onClose,
}: {
  fileName: string;
  versionLabel: string;
  diff: readonly PartDiff[];
  partName(id: string): string;
  onReplace(): void;
  onClose(): void;
}) {
  return (
    <Dialog title="与原文件比较" onCancel={onClose}>
      <p className="gw-muted">
        此版本：{versionLabel}；原文件：{fileName}。
      </p>
      {diff.length === 0 ? (
        <p>正文与原文件相同。</p>
      ) : (
        <>
          <p>有 {diff.length} 个部分不同：</p>
          <div className="gw-compare" role="list" aria-label="不同的部分">
            {diff.map((d) => (
              <section key={d.id} role="listitem" aria-label={partName(d.id)}>
                <h3>
                  {partName(d.id)}
                  <span className="gw-muted">
                    {' '}
                    此版本 {d.versionChars} 字 · 原文件 {d.fileChars} 字
                  </span>
                </h3>
                {d.onlyVersion.map((t, i) => (
                  <p key={`v${i}`} className="gw-cmp-version">
                    <span className="gw-cmp-tag">仅此版本</span>
                    {t}
                  </p>
                ))}
                {d.onlyFile.map((t, i) => (
                  <p key={`f${i}`} className="gw-cmp-file">
                    <span className="gw-cmp-tag">仅原文件</span>
                    {t}
                  </p>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
      <div className="gw-actions">
        <button type="button" onClick={onReplace}>
          用此版本替换原文件…
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
