import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextBytes, TextDecodeError } from './decode';

const code = (bytes: Uint8Array) => {
  try {
    decodeTextBytes(bytes, 'a.txt');
    return 'ok';
  } catch (e) {
    return e instanceof TextDecodeError ? e.code : 'other';
  }
};

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    const text = '一、其他需要报告的情况\r\n无。';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTextBytes(utf8, 'a')).toBe(text);
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a')).toBe(text);
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeTextBytes(le, 'a')).toBe(text);
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeTextBytes(be, 'a')).toBe(text);
  });

  it('reads GBK (Notepad "ANSI" on Chinese Windows) and says so; valid UTF-8 is never taken for GBK', () => {
    expect(decodeText(Buffer.from('cee2b4a8cad0bfc6b9a4c3b3bacdd0c5cfa2bbafbed6', 'hex'), 'a.txt')).toEqual({
      text: '吴川市科工贸和信息化局',
      encoding: 'gb18030',
    });
    expect(decodeText(new TextEncoder().encode('吴川市'), 'a.txt').encoding).toBe('utf-8');
    // Latin-1 text is valid GB18030 byte-wise but not Chinese: refused, not garbled.
    expect(code(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]))).toBe(
      'not-utf8',
    );
  });

  it('names binary and odd-length UTF-16 input', () => {
    expect(code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe('binary');
    expect(code(new Uint8Array([0x41, 0, 0x42]))).toBe('binary');
    expect(code(new Uint8Array([0xff, 0xfe, 0x41]))).toBe('not-utf8');
    expect(code(new Uint8Array([0xc3, 0x28]))).toBe('not-utf8');
  });

  it('reads text with Word/WPS 软回车 (\\v) in many paragraphs: a line break, not binary', () => {
    const text =
      '大坪镇2025年法治政府建设年度报告\r\n' + '全年研究法治工作4次，\v班子成员会前学法10次。\r\n'.repeat(20);
    expect(decodeTextBytes(new TextEncoder().encode(text), 'a.txt')).toBe(text);
    expect(code(new TextEncoder().encode('\u0001\u0002\u0003abc'))).toBe('binary');
  });
});
