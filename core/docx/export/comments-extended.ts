/**
 * The docx library writes word/commentsExtended.xml only when some comment is a reply, so a resolved
 * thread without replies would lose its resolved state. In that (rare) case the package is opened
 * with fflate (loaded then: an export without it does not load fflate) and the part added: paraIds on
 * the comments' last paragraphs, w15:done, its relationship and its content type.
 */

const CX_TYPE = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';
const CX_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

/** `done[i]` is the resolved state of the i-th comment in comments.xml order. */
export async function addCommentsExtended(bytes: Uint8Array, done: readonly boolean[]): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const files = unzipSync(bytes);
  if (files['word/commentsExtended.xml'] || !files['word/comments.xml']) return bytes;
  let n = 0;
  const ids: string[] = [];
  const comments = strFromU8(files['word/comments.xml']!).replace(
    /<w:comment\b[\s\S]*?<\/w:comment>/g,
    (c) => {
      const id = (0x10000000 + ++n).toString(16).toUpperCase();
      ids.push(id);
      const last = Math.max(c.lastIndexOf('<w:p>'), c.lastIndexOf('<w:p '));
      if (last < 0) return c;
      return `${c.slice(0, last)}<w:p w14:paraId="${id}" w14:textId="${id}"${c.slice(last + 4)}`;
    },
  );
  const withNs = comments.includes('xmlns:w14=')
    ? comments
    : comments.replace('<w:comments ', `<w:comments xmlns:w14="${W14}" `);
  files['word/comments.xml'] = strToU8(withNs);
  const entries = ids
    .map((id, i) => `<w15:commentEx w15:paraId="${id}" w15:done="${done[i] ? 1 : 0}"/>`)
    .join('');
  files['word/commentsExtended.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}">${entries}</w15:commentsEx>`,
  );
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdGwCommentsEx" Type="${CX_TYPE}" Target="commentsExtended.xml"/></Relationships>`,
    ),
  );
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      `<Override ContentType="${CX_CONTENT}" PartName="/word/commentsExtended.xml"/></Types>`,
    ),
  );
  return zipSync(files, { level: 6 });
}
