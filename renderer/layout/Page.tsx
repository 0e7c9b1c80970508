/**
 * The document as it will print: title, 主送机关, the preamble, each section's fixed heading and its
 * editor, then the 附件说明 and 署名 and 成文日期. Re-renders on metadata and heading changes only; each
 * section is memoised.
 */
import { memo, useEffect, useRef } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { ReactEditor } from 'slate-react';
import { formatChineseDate } from '../../core/model/report-helpers';
import { signatureOrgans } from '../../core/model/signature-organs';
import { sectionLabel } from '../../core/model/numbering';
import { reportTitle, sectionHeading } from '../../core/templates/load';
import { SectionEditor } from '../editor/SectionEditor';
import { AttachmentsBlock } from '../attachments/AttachmentsBlock';
import { officialTitleLines } from '../../core/docx/export/official-title';

const selMeta = (s: DocSnapshot) => s.meta;
const selSections = (s: DocSnapshot) => s.sections;

export function headingText(store: DocStore, index: number, year: number): string {
  const s = store.sections[index]!;
  const ts = store.template?.sections.find((t) => t.id === s.id);
  return sectionLabel(index) + (s.heading || (ts ? sectionHeading(ts.heading, year) : ''));
}

/** Where the caret of the editor last focused is on screen (null: no caret yet). */
function caretRect(store: DocStore): DOMRect | null {
  const editor = store.editors.get(store.lastFocused);
  if (!editor?.selection) return null;
  try {
    const r = ReactEditor.toDOMRange(editor, editor.selection);
    const rect = r.getBoundingClientRect();
    if (rect.height > 0) return rect;
    return r.startContainer.parentElement?.getBoundingClientRect() ?? null;
  } catch {
    return null;
  }
}

/** Each organ of a joint 署名 with where it starts in the 署名 line (a comment's offsets are the line's). */
function organAt(signature: string, organs: string[]): { organ: string; at: number }[] {
  let from = 0;
  return organs.map((organ) => {
    const at = Math.max(0, signature.indexOf(organ, from));
    from = at + organ.length;
    return { organ, at };
  });
}

export const Page = memo(function Page({ store }: { store: DocStore }) {
  const meta = useDoc(store, selMeta);
  // A heading fix (and its undo) changes the fixed heading of its section.
  const sections = useDoc(store, selSections);
  const pageRef = useRef<HTMLDivElement>(null);
  const title =
    meta.title ??
    reportTitle(store.template?.titlePattern ?? '{org}{year}年法治政府建设年度报告', meta.org, meta.year);

  // The current section is the caret's (set when an editor takes the focus). Scrolling moves it only
  // while the caret is off screen: then it is the last section whose top has passed the upper third.
  useEffect(() => {
    const root = pageRef.current?.closest('.gw-centre');
    if (!root) return;
    let raf = 0;
    const onScroll = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => {
        const box = root.getBoundingClientRect();
        const caret = caretRect(store);
        if (caret && caret.bottom > box.top && caret.top < box.bottom) {
          store.setActive(store.lastFocused);
          return;
        }
        const limit = box.top + root.clientHeight / 3;
        let current = PREAMBLE_KEY;
        for (const el of root.querySelectorAll<HTMLElement>('.gw-section')) {
          if (el.getBoundingClientRect().top <= limit) current = el.dataset.section ?? current;
          else break;
        }
        store.setActive(current);
      });
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(raf);
    };
  }, [store]);

  const signature = (meta.signature || meta.org).trim();
  const organs = signatureOrgans(signature);
  return (
    <div className="gw-page" ref={pageRef}>
      {/* data-line: the lines a reviewer comments on (read by the comments feature, which paints their
          .gw-line-text, the text alone, as commented text is painted) */}
      <h1 className="gw-title" data-line="title">
        {title
          ? officialTitleLines(title, meta.org).lines.map((line, i) => (
              <span key={i} className="gw-title-line">
                <span className="gw-line-text">{line}</span>
              </span>
            ))
          : '（标题）'}
      </h1>
      {meta.recipient && (
        <p className="gw-recipient" data-line="recipient">
          <span className="gw-line-text">{meta.recipient}：</span>
        </p>
      )}
      <SectionEditor
        store={store}
        sectionKey={PREAMBLE_KEY}
        heading={null}
        label="导语"
        placeholder="导语：概述本年度法治政府建设总体情况，末句如“现将有关情况报告如下：”"
      />
      {sections.map((s, i) => {
        const heading = headingText(store, i, meta.year);
        const guidance =
          store.template?.sections.find((t) => t.id === s.id)?.guidance ?? '在此填写本部分内容。';
        return (
          <SectionEditor
            key={s.id}
            store={store}
            sectionKey={s.id}
            heading={heading}
            label={heading}
            placeholder={guidance}
          />
        );
      })}
      <AttachmentsBlock store={store} />
      <div className="gw-signoff">
        {/* a joint 署名 stacks its organs, as the export does (7.3.5.2) */}
        {organs.length > 0 ? (
          organAt(signature, organs).map(({ organ, at }, i) => (
            <p key={i} data-line="signature" data-line-at={at}>
              <span className="gw-line-text">{organ}</span>
            </p>
          ))
        ) : (
          <p>（署名）</p>
        )}
        {meta.date ? (
          <p data-line="date">
            <span className="gw-line-text">{formatChineseDate(meta.date)}</span>
          </p>
        ) : (
          <p>（成文日期）</p>
        )}
      </div>
    </div>
  );
});
