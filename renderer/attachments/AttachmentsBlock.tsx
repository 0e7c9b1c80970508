/**
 * The 附件 block under the body (GB/T 9704 7.3.4): "附件：" and the numbered names, as the DOCX prints
 * them, each name editable, with its text attached or not (7.3.7: the export prints each attached 附件
 * on pages of its own after the 署名). Numbers follow the order; nothing here is numbered by hand.
 */
import { memo, useState } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import {
  addAttachment,
  attachmentNumber,
  hasText,
  moveAt,
  removeAt,
  renameAt,
  setTextAt,
  textOf,
} from './attachments-model';
import './attachments.css';

const selAttachments = (s: DocSnapshot) => s.attachments;

export const AttachmentsBlock = memo(function AttachmentsBlock({ store }: { store: DocStore }) {
  const list = useDoc(store, selAttachments);
  const [open, setOpen] = useState<number | null>(null);
  const add = () => store.setAttachments(addAttachment(list));
  if (list.length === 0)
    return (
      <div className="gw-attachments gw-attachments-empty">
        <button type="button" className="gw-attachments-add" onClick={add}>
          ＋ 添加附件说明
        </button>
      </div>
    );
  return (
    <section className="gw-attachments" aria-label="附件说明">
      <ol className="gw-attachments-list">
        {list.map((a, i) => {
          const n = i + 1;
          return (
            <li key={i} className="gw-attachment">
              <div className="gw-attachment-row">
                <span className="gw-attachment-lead">{i === 0 ? '附件：' : ''}</span>
                <span className="gw-attachment-number">{attachmentNumber(i, list.length)}</span>
                <input
                  className="gw-attachment-name"
                  value={a.name}
                  placeholder="附件名称（名称后不加标点）"
                  aria-label={`附件${n}名称`}
                  onChange={(e) => store.setAttachments(renameAt(list, i, e.target.value))}
                />
                <span className="gw-attachment-tools">
                  <button
                    type="button"
                    aria-expanded={open === i}
                    title={hasText(a) ? '查看或修改附件内容' : '附上附件内容，导出时另面编排'}
                    onClick={() => setOpen(open === i ? null : i)}
                  >
                    {hasText(a) ? '内容' : '附上内容'}
                  </button>
                  <button
                    type="button"
                    aria-label={`附件${n}上移`}
                    disabled={i === 0}
                    onClick={() => store.setAttachments(moveAt(list, i, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`附件${n}下移`}
                    disabled={i === list.length - 1}
                    onClick={() => store.setAttachments(moveAt(list, i, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`删除附件${n}`}
                    onClick={() => {
                      setOpen(null);
                      store.setAttachments(removeAt(list, i));
                    }}
                  >
                    删除
                  </button>
                </span>
              </div>
              {!hasText(a) && open !== i && <p className="gw-attachment-note">仅列名称，未附内容</p>}
              {open === i && (
                <textarea
                  className="gw-attachment-text"
                  aria-label={`附件${n}内容`}
                  placeholder="附件正文，每行一段"
                  value={textOf(a)}
                  onChange={(e) => store.setAttachments(setTextAt(list, i, e.target.value))}
                />
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="gw-attachments-add" onClick={add}>
        ＋ 添加附件
      </button>
    </section>
  );
});
