import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromArgv, fileFromDropUrl } from './argv-file';

describe('file from the command line', () => {
  it('finds the document in packaged and development argv shapes', () => {
    expect(fileFromArgv(['/opt/公文起草助手/gwdraft', '/home/u/报告.gwdraft'], '/x')).toBe(
      '/home/u/报告.gwdraft',
    );
    expect(fileFromArgv(['electron', '.', '--inspect=0', 'r.md'], '/home/u')).toBe(
      resolve('/home/u', 'r.md'),
    );
    expect(fileFromArgv(['gwdraft', '--no-sandbox', 'notes.pdf'], '/x')).toBeNull();
    expect(fileFromArgv(['gwdraft'], '/x')).toBeNull();
  });

  it('reads dropped files from file:// URLs', () => {
    expect(fileFromDropUrl('file:///home/u/%E6%8A%A5%E5%91%8A.docx')).toBe('/home/u/报告.docx');
    expect(fileFromDropUrl('file:///C:/Users/u/a.gwdraft')).toBe('C:/Users/u/a.gwdraft');
    expect(fileFromDropUrl('file://server/share/a.txt')).toBe('\\\\server\\share\\a.txt');
    expect(fileFromDropUrl('https://evil.example/a.gwdraft')).toBeNull();
    expect(fileFromDropUrl('file:///etc/passwd')).toBeNull();
  });
});
