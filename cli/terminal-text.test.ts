import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text';

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
});
