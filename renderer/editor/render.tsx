/**
 * Stable Slate renderers (module-level, so Slate's memoised elements never re-render for a new function).
 * Sub-heading numbers come from the section's LabelStore via context: derived, never stored, and shown
 * with CSS ::before so the caret and the IME never meet a non-editable inline.
 */
import { createContext, useCallback, useContext, useSyncExternalStore, type CSSProperties } from 'react';
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import type { SubHeading } from '../../core/model/content';
import { LabelStore } from './labels';

export const LabelsContext = createContext<LabelStore>(new LabelStore());

const LEVEL_NAMES = { 2: '二级标题', 3: '三级标题', 4: '四级标题' } as const;

function HeadingElement({ attributes, children, element }: RenderElementProps & { element: SubHeading }) {
  const labels = useContext(LabelsContext);
  const getLabel = useCallback(() => {
    const n = labels.get(element);
    return n ? `${n.label ?? ''}|${n.skippedLevel ? 1 : 0}` : '|0';
  }, [labels, element]);
  const [label, skipped] = useSyncExternalStore(labels.subscribe, getLabel).split('|');
  return (
    <div
      {...attributes}
      className={`gw-h gw-h${element.level}${skipped === '1' ? ' gw-skipped' : ''}${element.carried ? ' gw-carried' : ''}${element.runIn ? ' gw-runin' : ''}`}
      data-label={label}
      data-level={element.level}
      title={
        skipped === '1'
          ? `层级跳跃：此${LEVEL_NAMES[element.level]}上面缺少上一级标题（一级一级往下：（一）→ 1. →（1））`
          : element.runIn
            ? '接排：导出和打印时，下一段正文接在此标题之后，排在同一段'
            : undefined
      }
    >
      {children}
    </div>
  );
}

export function renderElement(props: RenderElementProps) {
  const { element, attributes, children } = props;
  if (element.type === 'heading') return <HeadingElement {...props} element={element} />;
  return (
    <p {...attributes} className={element.carried ? 'gw-p gw-carried' : 'gw-p'}>
      {children}
    </p>
  );
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  // Commented text carries its thread ids; renderer/comments paints them (open, resolved, active) by CSS.
  const threads = leaf.comments && leaf.comments.length > 0 ? leaf.comments.join(' ') : undefined;
  // Suggestions (修订): inserted / deleted text; renderer/suggestions colours them by author.
  const className = [
    leaf.bold ? 'gw-bold' : '',
    threads ? 'gw-c' : '',
    leaf.ins ? 'gw-ins' : '',
    leaf.del ? 'gw-del' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span {...attributes} className={className || undefined} data-c={threads} data-s={leaf.del ?? leaf.ins}>
      {children}
    </span>
  );
}

const OFFSCREEN: CSSProperties = { contentVisibility: 'auto', containIntrinsicSize: 'auto 2000px' };

/** Chunks of long sections: the browser skips layout and paint of chunks off screen. */
export function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} style={lowest ? OFFSCREEN : undefined}>
      {children}
    </div>
  );
}
