import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { chunkLines } from './alt-chunk';

const text = (bytes: Uint8Array) =>
  chunkLines(bytes)?.map((l) => l.map((r) => (r.bold ? `**${r.text}**` : r.text)).join(''));

describe('chunkLines', () => {
  it('reads an MHT page in GB2312, base64 or quoted-printable', () => {
    const gbk =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n' +
      'Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      '<html><body><p>=B1=A8=B8=E6</p></body></html>\r\n--B--\r\n';
    expect(text(strToU8(gbk))).toEqual(['报告']);
    const b64 =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n' +
      'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
      `${btoa(String.fromCharCode(...new TextEncoder().encode('<p><b>一、标题</b></p><p>正文</p>')))}\r\n--B--\r\n`;
    expect(text(strToU8(b64))).toEqual(['**一、标题**', '正文']);
  });

  it('leaves out the head, styles, scripts and comments; other kinds are not read', () => {
    const html =
      '<html><head><title>标题栏</title><style>p{}</style><script>var a = "<p>x</p>";</script></head>' +
      '<body><!-- 注释 --><p class="MsoNormal">正文<o:p></o:p></p></body></html>';
    expect(text(strToU8(html))).toEqual(['正文']);
    expect(chunkLines(strToU8('{\\rtf1 正文}'))).toBeNull();
  });

  it('reads a table row as one line, cells apart, whatever paragraphs Word put in its cells', () => {
    const html =
      '<table><tr><td><p class=MsoNormal>事项</p></td><td><p>件数</p></td></tr>' +
      '<tr><td><p>行政检查</p></td><td><p>312</p><p>（含复查）</p></td></tr></table>';
    expect(text(strToU8(`<html><body>${html}</body></html>`))).toEqual([
      '事项\u3000\u3000件数',
      '行政检查\u3000\u3000312 （含复查）',
    ]);
  });
});
