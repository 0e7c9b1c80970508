/**
 * The 批注 tab: the comment being written, then every thread grouped by section in the order of the
 * text, filtered 全部/未解决/已解决. A thread's quote jumps to its text; a thread whose text was
 * deleted shows its quote as 原文已删除, one Word had on the title or the 署名 says so (在标题上). Replies, resolve/reopen and delete act in place.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Comment } from '../../core/model/report';
import { META_PLACE_LABEL } from '../../core/comments/place';
import type { CommentsController, ThreadView } from './controller';
import { commentTime, shownText } from './format';
import { useFocusReturn } from '../keyboard/modal';

type Filter = 'all' | 'open' | 'resolved';

const FILTERS: { id: Filter; label: string }[] = [
  { id: 'all', label: '全部' },
  { id: 'open', label: '未解决' },
  { id: 'resolved', label: '已解决' },
];

/** Ctrl+Enter sends, as in chat and mail clients. */
function submitOnCtrlEnter(send: () => void) {
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send();
    }
  };
}

export function CommentsPanel({
  controller,
  onEditReviewer,
  onNeedReviewer,
}: {
  controller: CommentsController;
  onEditReviewer(): void;
  /** Ask for the reviewer's name (none set yet), then do `then` — a reply is not sent as "审阅人". */
  onNeedReviewer(then: () => void): void;
}) {
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [filter, setFilter] = useState<Filter>('all');
  const counts = {
    all: snap.threads.length,
    open: snap.threads.filter((t) => !t.thread.resolved).length,
    resolved: snap.threads.filter((t) => t.thread.resolved).length,
  };
  const shown = snap.threads.filter(
    (t) => filter === 'all' || (filter === 'open' ? !t.thread.resolved : t.thread.resolved),
  );
  const groups: { label: string; items: ThreadView[] }[] = [];
  for (const t of shown) {
    const label = t.listing.sectionLabel || '其他位置';
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.items.push(t);
    else groups.push({ label, items: [t] });
  }

  useEffect(() => {
    if (!snap.active) return;
    document
      .querySelector(`.gw-thread[data-thread="${CSS.escape(snap.active)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [snap.active]);

  const reviewer = snap.reviewer;
  return (
    <div className="gw-comments">
      <div className="gw-c-head">
        <span>
          审阅人：
          {reviewer?.name ? `${reviewer.name}${reviewer.unit ? `（${reviewer.unit}）` : ''}` : '未设置'}
        </span>
        <button type="button" onClick={onEditReviewer}>
          {reviewer?.name ? '修改' : '设置'}
        </button>
      </div>
      {snap.reviewMode && <p className="gw-c-mode">审阅模式：正文只读，可选中文字添加批注。</p>}
      {snap.pending && reviewer?.name && <Composer controller={controller} quote={snap.pending.quote} />}
      <div role="radiogroup" aria-label="批注筛选" className="gw-c-filter">
        {FILTERS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="radio"
            aria-checked={filter === f.id}
            onClick={() => setFilter(f.id)}
          >
            {f.label}（{counts[f.id]}）
          </button>
        ))}
      </div>
      {shown.length === 0 && (
        <p className="gw-muted">
          {counts.all === 0
            ? '还没有批注。选中正文或标题、主送机关、署名、成文日期中的文字，点“批注”或按 Ctrl+Alt+M 添加。'
            : '没有符合筛选的批注。'}
        </p>
      )}
      {groups.map((g, i) => (
        <section key={`${g.label}-${i}`} className="gw-c-group" aria-label={g.label}>
          <h3>{g.label}</h3>
          {g.items.map((t) => (
            <ThreadCard
              key={t.thread.id}
              controller={controller}
              view={t}
              active={snap.active === t.thread.id}
              onNeedReviewer={reviewer?.name ? null : onNeedReviewer}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function Composer({ controller, quote }: { controller: CommentsController; quote: string }) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [quote]);
  // Sent or cancelled: the keyboard goes back to the text.
  const root = useRef<HTMLDivElement>(null);
  useFocusReturn(root);
  const send = () => {
    if (text.trim() !== '') controller.submit(text);
  };
  return (
    <div className="gw-c-composer" role="group" aria-label="新批注" ref={root}>
      <p className="gw-c-quote">“{quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”</p>
      <textarea
        ref={ref}
        aria-label="批注内容"
        rows={3}
        value={text}
        placeholder="输入批注意见（Ctrl+Enter 发送）"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnCtrlEnter(send)}
      />
      <div className="gw-actions">
        <button type="button" onClick={send} disabled={text.trim() === ''}>
          添加批注
        </button>
        <button type="button" onClick={() => controller.cancel()}>
          取消
        </button>
      </div>
    </div>
  );
}

function CommentLine({
  comment,
  canDelete,
  onDelete,
}: {
  comment: Comment;
  canDelete: boolean;
  onDelete(): void;
}) {
  return (
    <div className="gw-c-comment">
      <div className="gw-c-meta">
        <span className="gw-c-avatar" aria-hidden="true">
          {comment.initials || comment.author.slice(0, 1)}
        </span>
        <span className="gw-c-author">{shownText(comment.author) || '（未署名）'}</span>
        {comment.unit && <span className="gw-muted">{shownText(comment.unit)}</span>}
        <time dateTime={comment.createdAt} className="gw-muted">
          {commentTime(comment.createdAt)}
        </time>
        {canDelete && (
          <button type="button" className="gw-c-small" onClick={onDelete} aria-label="删除此回复">
            删除
          </button>
        )}
      </div>
      <p className="gw-c-text">{shownText(comment.text)}</p>
    </div>
  );
}

function ThreadCard({
  controller,
  view,
  active,
  onNeedReviewer,
}: {
  controller: CommentsController;
  view: ThreadView;
  active: boolean;
  /** Set while no reviewer name is known: the reply waits for it. */
  onNeedReviewer: ((then: () => void) => void) | null;
}) {
  const { thread } = view;
  const [replying, setReplying] = useState('');
  const quote = shownText(thread.anchor.exact);
  const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
  const sendReply = () => {
    if (replying.trim() === '') return;
    const send = () => {
      controller.reply(thread.id, replying);
      setReplying('');
    };
    // The first reply of a reviewer with no name set asks for it, as a new comment does.
    if (onNeedReviewer) onNeedReviewer(send);
    else send();
  };
  const remove = () => {
    if (window.confirm('删除这条批注及其全部回复？')) controller.deleteThread(thread.id);
  };
  const classes = ['gw-thread', active ? 'gw-active' : '', thread.resolved ? 'gw-resolved' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article
      className={classes}
      data-thread={thread.id}
      aria-label={`批注：${short}`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => controller.setActive(thread.id)}
    >
      {view.listing.place ? (
        // On the title, the 主送机关, a heading, the 署名 or the date: not section text, but there.
        <button
          type="button"
          className="gw-c-quote gw-c-jump gw-c-on-meta"
          title={`跳到${META_PLACE_LABEL[view.listing.place]}`}
          onClick={() => controller.jump(thread.id)}
        >
          <span className="gw-c-badge">在{META_PLACE_LABEL[view.listing.place]}上</span>“{short}”
        </button>
      ) : thread.detached ? (
        <p className="gw-c-detached">
          <span className="gw-c-badge">原文已删除</span>
          <del>“{short}”</del>
        </p>
      ) : (
        <button
          type="button"
          className="gw-c-quote gw-c-jump"
          title="跳到正文中的这段文字"
          onClick={() => controller.jump(thread.id)}
        >
          “{short}”
        </button>
      )}
      {thread.resolved && <span className="gw-c-badge gw-c-done">已解决</span>}
      {thread.comments.map((c, i) => (
        <CommentLine
          key={c.id}
          comment={c}
          canDelete={i > 0}
          onDelete={() => controller.deleteComment(thread.id, c.id)}
        />
      ))}
      {!thread.resolved && (
        <div className="gw-c-reply">
          <textarea
            aria-label="回复"
            rows={1}
            value={replying}
            placeholder="回复…"
            onChange={(e) => setReplying(e.target.value)}
            onKeyDown={submitOnCtrlEnter(sendReply)}
          />
          <button type="button" onClick={sendReply} disabled={replying.trim() === ''}>
            回复
          </button>
        </div>
      )}
      <div className="gw-c-actions">
        {thread.resolved ? (
          <button type="button" onClick={() => controller.reopen(thread.id)}>
            重新打开
          </button>
        ) : (
          <button type="button" onClick={() => controller.resolve(thread.id)}>
            解决
          </button>
        )}
        <button type="button" onClick={remove}>
          删除
        </button>
      </div>
    </article>
  );
}
