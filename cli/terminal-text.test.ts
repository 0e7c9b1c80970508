import { describe, expect, it } from 'vitest';
import { terminalJson, terminalText } from './terminal-text';

describe('terminalText', () => {
  it('shows control characters escaped and keeps everything else', () => {
    expect(terminalText('某局\u001b]0;pwned\u0007\u001b[2J')).toBe('某局\\x1b]0;pwned\\x07\\x1b[2J');
    expect(terminalText('a\rb\nc\td\u007f\u009b\u0000')).toBe('a\\rb\\nc\td\\x7f\\x9b\\x00');
    expect(terminalText('\u202eevil\u2066x\u2069')).toBe('\\u202eevil\\u2066x\\u2069');
    expect(terminalText('一、学习贯彻（一）“引号”😀\u{20000}')).toBe('一、学习贯彻（一）“引号”😀\u{20000}');
  });

  it('keeps newlines in multiline text, but never carriage returns', () => {
    expect(terminalText('第一行\n第二行\r伪造', { multiline: true })).toBe('第一行\n第二行\\r伪造');
  });

  it('JSON output escapes C1 controls and bidi overrides too, and stays the same value', () => {
    const value = { org: '某局\u001b[2J\u009b31m\u202e', n: 1 };
    const json = terminalJson(value);
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(json).toContain('\\u009b31m\\u202e');
    expect(JSON.parse(json)).toEqual(value);
  });
});
