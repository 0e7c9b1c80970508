import { describe, expect, it } from 'vitest';
import { decodeTextBytes, TextDecodeError } from './decode';

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

  it('names GBK, binary and odd-length UTF-16 input', () => {
    expect(code(Buffer.from('cee2b4a8cad0bfc6b9a4c3b3', 'hex'))).toBe('gbk');
    expect(code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe('binary');
    expect(code(new Uint8Array([0x41, 0, 0x42]))).toBe('binary');
    expect(code(new Uint8Array([0xff, 0xfe, 0x41]))).toBe('not-utf8');
    expect(code(new Uint8Array([0xc3, 0x28]))).toBe('not-utf8');
  });
});
