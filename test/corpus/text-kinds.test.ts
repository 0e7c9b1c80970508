/**
 * The text and Markdown reports of kinds the corpus lacked (55-60: a 2023 report on the 纲要's chapters,
 * a 省直管 city on a six-part provincial outline, a 国有林场's PDF copy, a 镇 with bold 第一部分 parts,
 * a page printed to PDF by a browser, a Markdown report with a 附表, an 自治区 bureau's PDF with a 目录
 * and 第一部分 standing over its part's name, a 街道's page with the organ and date under its title) through the whole pipeline, as a
 * clerk would: imported, exported to GB/T 9704 DOCX, the export imported again — the same report
 * (template, metadata, every part's heading and text, 附件), nothing lost or doubled. The checklist side
 * is in corpus.test.ts through expected.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/contract';
import { exportDocx } from '../../core/docx/export/index';
import { importDocx } from '../../core/docx/import/index';
import { decodeTextBytes } from '../../core/import/text/decode';
import { importText } from '../../core/import/text/index';
import { blockText, type Block } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { shippedTemplates, templateOf } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { resolvedSignature } from '../../core/model/report-helpers';
import { CORPUS_DIR, loadExpected } from './evaluate';

const FILES = [
  '55-county-city-government-2023.txt',
  '56-province-direct-city-six-parts-2024.txt',
  '57-state-forest-farm-pdf-2024.txt',
  '58-township-part-bold-yishi-2025.md',
  '59-health-bureau-browser-print-2025.txt',
  '60-transport-bureau-appendix-table-2024.md',
  '64-autonomous-region-bureau-pdf-contents-2025.txt',
  '65-street-byline-under-title-2025.md',
];

const opts = () => ({ templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 });
/** A 接排 heading's 。 is the text import's (kept as written) or the exporter's (runInStop): compared without it. */
const text = (bs: readonly Block[]) =>
  bs.map((b) =>
    b.type === 'heading'
      ? `heading${b.level}:${blockText(b).replace(/。$/u, '')}`
      : `${b.type}:${blockText(b)}`,
  );

/**
 * What a reader sees: template, metadata, each part's heading and text, 附件. The 署名 as printed (an
 * imported report without one, signature "", prints the org, which comes back as the 署名; a joint one
 * however its organs are set apart); the 发文字号 only where the export prints it, in the 红头 this export
 * leaves out.
 */
function shape(r: Report) {
  const { signature: _signature, docNumber: _docNumber, ...meta } = r.meta;
  return {
    templateId: r.templateId,
    meta: { ...meta, signature: resolvedSignature(r).replace(/[\s\u3000]+/gu, ' ') },
    preamble: text(r.preamble),
    sections: r.sections.map((s) => ({ id: s.id, heading: s.heading ?? null, blocks: text(s.blocks) })),
    attachments: (r.attachments ?? []).map((a) => ({ name: a.name, blocks: text(a.blocks ?? []) })),
  };
}

describe('text reports of kinds the corpus lacked, exported and imported again', () => {
  for (const file of FILES) {
    it(`${file}: the export reads back as the same report`, async () => {
      const first = importText(decodeTextBytes(readFileSync(join(CORPUS_DIR, file)), file), opts()).report;
      const { bytes } = await exportDocx(first, templateOf(first)!, DEFAULT_EXPORT_OPTIONS);
      const again = importDocx(bytes, opts()).report;
      expect(shape(again)).toEqual(shape(first));
    });
  }
});

describe('every text report of the corpus, exported and imported again', () => {
  const files = loadExpected()
    .reports.map((r) => r.file)
    .filter((f) => /\.(?:txt|md)$/u.test(f) && !FILES.includes(f));
  it('covers the corpus', () => expect(files.length).toBeGreaterThan(40));
  for (const file of files) {
    it(`${file}: the export reads back as the same report`, async () => {
      const first = importText(decodeTextBytes(readFileSync(join(CORPUS_DIR, file)), file), opts()).report;
      const { bytes } = await exportDocx(first, templateOf(first)!, DEFAULT_EXPORT_OPTIONS);
      expect(shape(importDocx(bytes, opts()).report)).toEqual(shape(first));
    });
  }
});
