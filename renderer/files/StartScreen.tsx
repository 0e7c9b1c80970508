/** Shown when no document is open: 新建, 打开, recent files and unsaved work to restore. */
import type { ApiOutput } from '../../core/api/contract';
import './files.css';

export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

export function StartScreen({
  recent,
  recovery,
  onNew,
  onOpen,
  onOpenPath,
  onHistory,
  onRestore,
  onDiscard,
}: {
  recent: ApiOutput<'recent.list'>;
  recovery: ApiOutput<'recovery.list'>;
  onNew(): void;
  onOpen(): void;
  onOpenPath(path: string): void;
  /** 历史版本 of a recent file. */
  onHistory(path: string): void;
  onRestore(key: string): void;
  onDiscard(key: string): void;
}) {
  return (
    <main className="gw-start">
      <h1>公文起草助手</h1>
      <p className="gw-muted">按上级规定的提纲起草法治政府建设年度报告。</p>
      {recovery.length > 0 && (
        <section className="gw-recovery" aria-label="可恢复的未保存内容">
          <h2>有未保存的内容可以恢复</h2>
          <ul>
            {recovery.map((r) => (
              <li key={r.key}>
                <span>
                  {r.title || '（无标题）'}{' '}
                  <span className="gw-muted">
                    自动保存于 {formatSavedAt(r.savedAt)}
                    {r.path !== null &&
                      (r.fileMtimeMs !== null
                        ? `，比文件（保存于 ${formatSavedAt(new Date(r.fileMtimeMs).toISOString())}）新`
                        : '，原文件已不在')}
                  </span>
                  {r.path !== null && (
                    <span className="gw-muted gw-small">恢复时作为副本打开，原文件不会被覆盖</span>
                  )}
                </span>
                <button type="button" onClick={() => onRestore(r.key)}>
                  恢复
                </button>
                <button type="button" onClick={() => onDiscard(r.key)}>
                  放弃
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="gw-start-actions">
        <button type="button" className="gw-primary" onClick={onNew}>
          新建
        </button>
        <button type="button" onClick={onOpen}>
          打开
        </button>
      </div>
      {recent.length > 0 && (
        <section aria-label="最近的文件">
          <h2>最近的文件</h2>
          <ul className="gw-filelist">
            {recent.map((r) => (
              <li key={r.path} className="gw-recent">
                <button type="button" onClick={() => onOpenPath(r.path)}>
                  <span className="gw-fname">{r.title}</span>
                  <span className="gw-muted">{r.path}</span>
                </button>
                {r.path.toLowerCase().endsWith('.gwdraft') && (
                  <button
                    type="button"
                    className="gw-history-btn"
                    aria-label={`${r.title} 的历史版本`}
                    onClick={() => onHistory(r.path)}
                  >
                    历史版本
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
