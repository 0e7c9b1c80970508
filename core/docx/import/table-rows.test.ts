/** Rows of a table of figures read as lines: cells whose words are broken over short paragraphs too. */
import { describe, expect, it } from 'vitest';
import { readDocx } from './index';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';

const cell = (...lines: string[]) =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${lines.map((l) => p(l ? r(l) : '')).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${rows.join('')}</w:tbl>`;
const texts = (body: string) =>
  readDocx(makeDocx({ document: documentXml(body) })).paragraphs.map((x) => x.text);

describe('a table of figures', () => {
  it('reads a row whose first cell is broken over two short paragraphs as one line', () => {
    const body = tbl(
      tr(cell('类别'), cell('2024年'), cell('2025年')),
      tr(cell('行政复议', '（含调解）'), cell('7'), cell('9')),
    );
    expect(texts(body)).toEqual(['类别　　2024年　　2025年', '行政复议（含调解）　　7　　9']);
  });

  it('reads a two-cell layout row with a 署名 over its date cell by cell, and long paragraphs as paragraphs', () => {
    const seal = tbl(tr(cell(''), cell('某县司法局', '2026年1月20日')));
    expect(texts(seal)).toEqual(['', '某县司法局', '2026年1月20日']);
    const long = '全年办理行政复议案件9件，纠错2件，纠错率22.2%。';
    expect(texts(tbl(tr(cell('说明', long), cell('7'), cell('9'))))).toEqual(['说明', long, '7', '9']);
  });
});
