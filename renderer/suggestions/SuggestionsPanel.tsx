/**
 * The 修订 tab: pending suggestions by section in the order of the text, each with its author (in the
 * author's colour), unit and time; 上一处/下一处; 接受/拒绝 one, a section's, an author's, or all (each one
 * undo step); 最终状态 hides deletions. 无法定位 ones are listed last with their quote: they can be
 * discarded (拒绝), never applied.
 */
import { useSyncExternalStore, type MouseEvent } from 'react';
import type { SuggestionListing } from '../../core/suggestions/list';
import { commentTime } from '../comments/format';
import type { Resolution, SuggestionsController } from './controller';
import { setFinalView, useFinalView, useSuggestMode } from './mode';
import type { NoticeAction } from '../notices/notices';

const keepFocus = (e: MouseEvent) => e.preventDefault();

function groupsOf(items: readonly SuggestionListing[]) {
  const groups: { label: string; section: string | null; detached: boolean; items: SuggestionListing[] }[] =
    [];
  for (const it of items) {
    const label = it.detached ? '无法定位' : it.sectionLabel || '开头';
    const g = groups.find((x) => x.label === label && x.detached === it.detached);
    if (g) g.items.push(it);
    else groups.push({ label, section: it.section, detached: it.detached, items: [it] });
  }
  return groups;
}

export function SuggestionsPanel({
  controller,
  onDone,
}: {
  controller: SuggestionsController;
  /** Said after accepting or rejecting (Chinese). */
  onDone(msg: string, actions?: NoticeAction[]): void;
}) {
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const finalView = useFinalView();
  const on = useSuggestMode();
  const act = (ids: Set<string>, how: Resolution, what: string) => {
    const { count, dropped } = controller.resolve(ids, how);
    const done = count - dropped.length;
    const said = [
      ...(done > 0 ? [`已${how === 'accept' ? '接受' : '拒绝'}${what} ${done} 处修订（可撤销）`] : []),
      // No text changed, so 撤销 (Ctrl+Z) cannot bring it back: the notice can.
      ...(dropped.length > 0 ? [`已忽略 ${dropped.length} 处无法定位的修订`] : []),
    ];
    if (said.length === 0) return;
    onDone(
      `${said.join('；')}。`,
      dropped.length > 0 ? [{ label: '恢复', run: () => controller.restore(dropped) }] : undefined,
    );
  };
  const authors = [...new Set(snap.items.map((i) => i.author))];
  const placed = snap.items.filter((i) => !i.detached).length;
  return (
    <div className="gw-suggestions" aria-label="修订">
      <div className="gw-s-head">
        <span data-testid="suggestion-count">
          修订 <strong>{snap.items.length}</strong> 处
        </span>
        <span className="gw-s-nav">
          <button
            type="button"
            onMouseDown={keepFocus}
            disabled={placed === 0}
            onClick={() => controller.step(-1)}
          >
            上一处
          </button>
          <button
            type="button"
            onMouseDown={keepFocus}
            disabled={placed === 0}
            onClick={() => controller.step(1)}
          >
            下一处
          </button>
        </span>
      </div>
      {on && <p className="gw-c-mode">修订模式已开启：输入和删除都记为修订，显示审阅人和时间。</p>}
      <label className="gw-s-final">
        <input type="checkbox" checked={finalView} onChange={(e) => setFinalView(e.target.checked)} />
        最终状态（隐藏删除的文字，插入的文字不加标记）
      </label>
      {snap.items.length === 0 ? (
        <p className="gw-muted">没有待处理的修订。打开修订模式（Ctrl+Shift+E）后，输入和删除都会记为修订。</p>
      ) : (
        <>
          <div className="gw-s-all">
            <button
              type="button"
              onClick={() =>
                act(
                  controller.idsOf((i) => !i.detached),
                  'accept',
                  '全部',
                )
              }
            >
              全部接受
            </button>
            <button
              type="button"
              onClick={() =>
                act(
                  controller.idsOf(() => true),
                  'reject',
                  '全部',
                )
              }
            >
              全部拒绝
            </button>
          </div>
          {authors.length > 0 && (
            <ul className="gw-s-authors" aria-label="审阅人">
              {authors.map((a) => (
                <li key={a}>
                  <span className="gw-s-swatch" style={{ background: snap.colours[a] ?? '#888' }} />
                  <span className="gw-s-author">{a || '（未署名）'}</span>
                  <span className="gw-muted">{snap.items.filter((i) => i.author === a).length} 处</span>
                  <button
                    type="button"
                    aria-label={`接受${a}的全部修订`}
                    onClick={() =>
                      act(
                        controller.idsOf((i) => i.author === a && !i.detached),
                        'accept',
                        `${a}的`,
                      )
                    }
                  >
                    接受
                  </button>
                  <button
                    type="button"
                    aria-label={`拒绝${a}的全部修订`}
                    onClick={() =>
                      act(
                        controller.idsOf((i) => i.author === a),
                        'reject',
                        `${a}的`,
                      )
                    }
                  >
                    拒绝
                  </button>
                </li>
              ))}
            </ul>
          )}
          {groupsOf(snap.items).map((g) => (
            <section key={g.label} className="gw-s-group" aria-label={g.label}>
              <h3>
                <span>{g.label}</span>
                {!g.detached ? (
                  <span>
                    <button
                      type="button"
                      aria-label={`接受${g.label}的修订`}
                      onClick={() =>
                        act(
                          controller.idsOf((i) => !i.detached && i.section === g.section),
                          'accept',
                          '本部分',
                        )
                      }
                    >
                      接受本部分
                    </button>
                    <button
                      type="button"
                      aria-label={`拒绝${g.label}的修订`}
                      onClick={() =>
                        act(
                          controller.idsOf((i) => !i.detached && i.section === g.section),
                          'reject',
                          '本部分',
                        )
                      }
                    >
                      拒绝本部分
                    </button>
                  </span>
                ) : null}
              </h3>
              <ul>
                {g.items.map((it) => (
                  <li
                    key={it.id}
                    className={`gw-s-item${snap.active === it.id ? ' gw-active' : ''}`}
                    data-suggestion={it.id}
                    style={{ borderLeftColor: snap.colours[it.author] ?? '#888' }}
                  >
                    <button
                      type="button"
                      className="gw-s-quote"
                      onMouseDown={keepFocus}
                      onClick={() => controller.jump(it.id)}
                      disabled={it.detached}
                    >
                      <span className={it.type === 'insert' ? 'gw-s-kind-ins' : 'gw-s-kind-del'}>
                        {it.type === 'insert' ? '插入' : '删除'}
                      </span>
                      “{it.text.length > 40 ? `${it.text.slice(0, 40)}…` : it.text}”
                    </button>
                    <div className="gw-s-meta">
                      <span style={{ color: snap.colours[it.author] }}>{it.author || '（未署名）'}</span>
                      {it.unit ? `（${it.unit}）` : ''} {commentTime(it.createdAt)}
                      {it.detached && <span className="gw-s-lost">无法定位：原文已改动，未应用</span>}
                    </div>
                    <div className="gw-s-actions">
                      {!it.detached && (
                        <button
                          type="button"
                          onMouseDown={keepFocus}
                          onClick={() => act(new Set([it.id]), 'accept', '')}
                        >
                          接受
                        </button>
                      )}
                      <button
                        type="button"
                        onMouseDown={keepFocus}
                        onClick={() => act(new Set([it.id]), 'reject', '')}
                      >
                        {it.detached ? '忽略' : '拒绝'}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
