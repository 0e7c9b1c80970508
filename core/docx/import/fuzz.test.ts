/** Fuzz: whatever the bytes, the importer returns a report or throws a DocxImportError — no crash, no hang. */
import { describe, it } from 'vitest';
import { documentXml, makeDocx } from '../../../test/fixtures/docx/make-docx';
import { docxImportProperties, importsOrRefuses } from '../../../test/reliability/docx-fuzz-properties';

describe('DOCX importer fuzz', () => {
  for (const p of docxImportProperties(300)) it(p.name, p.run);

  it('deep nesting is refused, not a stack overflow', () => {
    const deep = documentXml('<w:sdt><w:sdtContent>'.repeat(5000) + '</w:sdtContent></w:sdt>'.repeat(5000));
    importsOrRefuses(makeDocx({ document: deep }));
  });
});
