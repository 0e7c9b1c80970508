/** 指引: the current section's guidance, suggested sub-topics (one click inserts one as （一）), and its length. */
import { memo } from 'react';
import { Editor, Node, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { subHeading } from '../../core/model/content';
import { headingText } from './Page';

const selActive = (s: DocSnapshot) => s.active;
const selCounts = (s: DocSnapshot) => s.counts;
const selYear = (s: DocSnapshot) => s.meta.year;

function insertTopic(store: DocStore, key: string, topic: string): void {
  const editor = store.editor(key);
  const only = editor.children.length === 1 && Node.string(editor.children[0]!) === '';
  if (only) {
    Transforms.removeNodes(editor, { at: [0] });
    Transforms.insertNodes(editor, [subHeading(2, topic), { type: 'paragraph', children: [{ text: '' }] }], {
      at: [0],
    });
  } else {
    const end = editor.children.length;
    Transforms.insertNodes(editor, [subHeading(2, topic), { type: 'paragraph', children: [{ text: '' }] }], {
      at: [end],
    });
  }
  const last = Editor.end(editor, [editor.children.length - 1]);
  Transforms.select(editor, last);
  ReactEditor.focus(editor);
}

/** How an import went (the notice line gives the first note and points here): all of it, folded, under the guidance. */
function ImportNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length < 2) return null;
  return (
    <details className="gw-import-notes">
      <summary>导入说明（{notes.length} 条）</summary>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </details>
  );
}

export const GuidancePanel = memo(function GuidancePanel({ store }: { store: DocStore }) {
  const active = useDoc(store, selActive);
  const counts = useDoc(store, selCounts);
  const year = useDoc(store, selYear);
  if (active === PREAMBLE_KEY) {
    return (
      <div className="gw-guidance">
        <h3>导语</h3>
        <p>用一两段话概述本年度推进法治政府建设的总体情况，末句一般为“现将有关情况报告如下：”。</p>
        <ImportNotes notes={store.importNotes} />
      </div>
    );
  }
  const index = store.sections.findIndex((s) => s.id === active);
  const ts = store.template?.sections.find((t) => t.id === active);
  const count = counts[active] ?? 0;
  return (
    <div className="gw-guidance">
      <h3>{index >= 0 ? headingText(store, index, year) : ''}</h3>
      {ts ? (
        <>
          <p>{ts.guidance}</p>
          {ts.minChars > 0 && (
            <p className={count < ts.minChars ? 'gw-short' : 'gw-enough'}>
              建议不少于 {ts.minChars} 字，现有 {count} 字。
            </p>
          )}
          {ts.topics.length > 0 && (
            <>
              <h4>可写的小标题</h4>
              <ul className="gw-topics">
                {ts.topics.map((t) => (
                  <li key={t}>
                    <span>{t}</span>
                    <button
                      type="button"
                      onClick={() => insertTopic(store, active, t)}
                      aria-label={`插入小标题：${t}`}
                    >
                      插入
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>此部分不在模板提纲中，按实际情况填写。</p>
      )}
      <ImportNotes notes={store.importNotes} />
    </div>
  );
});
