/**
 * The keystroke bench's second reference: bare slate-react editors (withReact + withHistory, no plugin
 * of ours, default rendering) in an otherwise empty page, typed into like the app. It shows what
 * slate-react itself costs per key in this browser, between the bare contenteditable and the app.
 * `?eds=N` renders N editors (the app has eight: the 导语 and seven sections); the last one is typed in.
 */
import { createRoot } from 'react-dom/client';
import { useMemo } from 'react';
import { createEditor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

const TEXT =
  '我局坚持以习近平法治思想为指导，严格落实行政执法三项制度，全年开展执法检查36次，办理行政许可120件。'.repeat(
    3,
  );
const editors = Number(new URLSearchParams(location.search).get('eds') ?? '1');

function BareEditor({ last }: { last: boolean }) {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const value = useMemo(
    () => [{ type: 'paragraph', children: [{ text: TEXT }] }] as unknown as Descendant[],
    [],
  );
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable
        aria-label={last ? '四、参照' : '参照'}
        style={{ fontSize: '16pt', width: '156mm', padding: 20 }}
      />
    </Slate>
  );
}

createRoot(document.getElementById('root')!).render(
  <>
    {Array.from({ length: editors }, (_, i) => (
      <BareEditor key={i} last={i === editors - 1} />
    ))}
  </>,
);
