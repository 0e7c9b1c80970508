/**
 * The comment parts the docx library does not write. Every comment of a review copy carries a durable
 * id (planComments), so the library gives each comment's last paragraph a paraId (`paraIdOf`) and
 * writes word/commentsIds.xml; this step adds, with fflate (loaded then: an export without comments
 * does not load it):
 * - word/commentsExtensible.xml, each comment's true time as w16cex:dateUtc, where w:date holds the
 *   writer's wall-clock time as Word writes it (Word shows w:date as it stands);
 * - word/commentsExtended.xml when the library wrote none (it does only for replies), so a resolved
 *   thread without replies keeps its resolved state (w15:done).
 * Each with its relationship and content type.
 */

const CX_TYPE = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';
const CX_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const CEX_TYPE = 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible';
const CEX_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16CEX = 'http://schemas.microsoft.com/office/word/2018/wordml/cex';

/** The paraId (and durable id) the docx library gives the comment with numeric id `id`. */
export function paraIdOf(id: number): string {
  return (id + 1).toString(16).toUpperCase().padStart(8, '0');
}

export interface CommentPartsInput {
  /** The resolved state of each comment, by its numeric id (0, 1, …). */
  done: readonly boolean[];
  /** The true time of each comment (ISO 8601), by its numeric id; null where it has none. */
  utc: readonly (string | null)[];
}

/** Word writes dateUtc to the second. */
function wordUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function addCommentParts(bytes: Uint8Array, input: CommentPartsInput): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const files = unzipSync(bytes);
  if (!files['word/comments.xml']) return bytes;
  let rels = strFromU8(files['word/_rels/document.xml.rels']!);
  let types = strFromU8(files['[Content_Types].xml']!);
  const add = (path: string, xml: string, relType: string, content: string, relId: string) => {
    files[`word/${path}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${relType}" Target="${path}"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override ContentType="${content}" PartName="/word/${path}"/></Types>`,
    );
  };
  if (!files['word/commentsExtended.xml'] && input.done.some(Boolean)) {
    const entries = input.done
      .map((d, id) => `<w15:commentEx w15:paraId="${paraIdOf(id)}" w15:done="${d ? 1 : 0}"/>`)
      .join('');
    add(
      'commentsExtended.xml',
      `<w15:commentsEx xmlns:w15="${W15}">${entries}</w15:commentsEx>`,
      CX_TYPE,
      CX_CONTENT,
      'rIdGwCommentsEx',
    );
  }
  const dated = input.utc.flatMap((d, id) =>
    d === null
      ? []
      : [`<w16cex:commentExtensible w16cex:durableId="${paraIdOf(id)}" w16cex:dateUtc="${wordUtc(d)}"/>`],
  );
  if (dated.length > 0)
    add(
      'commentsExtensible.xml',
      `<w16cex:commentsExtensible xmlns:w16cex="${W16CEX}">${dated.join('')}</w16cex:commentsExtensible>`,
      CEX_TYPE,
      CEX_CONTENT,
      'rIdGwCommentsExtensible',
    );
  files['word/_rels/document.xml.rels'] = strToU8(rels);
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files, { level: 6 });
}
