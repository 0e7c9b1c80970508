import { describe, expect, it } from 'vitest';
import { exportFileName, exportTarget } from './export-target';

describe('export target', () => {
  it('names the file after the title, adding the year when the title lacks it', () => {
    expect(exportFileName('某局2024年法治政府建设年度报告', 2024)).toBe(
      '某局2024年法治政府建设年度报告.docx',
    );
    expect(exportFileName('某局法治政府建设年度报告', 2024)).toBe('某局法治政府建设年度报告（2024年）.docx');
    expect(exportFileName('a/b:c*?"<>|\u0001', 2025)).toBe('abc（2025年）.docx');
    expect(exportFileName('   ', 2025)).toBe('法治政府建设年度报告（2025年）.docx');
  });
  it('puts the export beside the draft, else in the workspace, else asks', () => {
    expect(exportTarget('/w/d/报告.gwdraft', '/w', 'T2024', 2024)).toBe('/w/d/T2024.docx');
    expect(exportTarget('C:\\u\\报告.gwdraft', null, 'T2024', 2024)).toBe('C:\\u\\T2024.docx');
    expect(exportTarget(null, '/w', 'T2024', 2024)).toBe('/w/T2024.docx');
    expect(exportTarget(null, null, 'T2024', 2024)).toBeNull();
  });
});
