/** Helpers for the editor specs: reading Slate editing areas, simulated IME, a new 湛江 report. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every Slate editing area on the page, in document order (导语, then the sections). */
export function editors(page: Page): Locator {
  return page.locator('[data-slate-editor="true"]');
}

/** The text of a Slate editing area, one line per block, without placeholders. */
export async function editorText(box: Locator): Promise<string> {
  return box.evaluate((el) =>
    Array.from(el.querySelectorAll('[data-slate-node="element"]'))
      .map((b) =>
        Array.from(b.querySelectorAll('[data-slate-string]'))
          .map((s) => s.textContent)
          .join(''),
      )
      .join('\n'),
  );
}

/** The derived labels of the sub-headings in an editing area, in order. */
export async function headingLabels(box: Locator): Promise<string[]> {
  return box.evaluate((el) =>
    Array.from(el.querySelectorAll('[data-label]')).map((h) => h.getAttribute('data-label') ?? ''),
  );
}

/** Commit text through a simulated IME: composition updates letter by letter, then the commit. */
export async function imeType(page: Page, pinyin: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++)
    await cdp.send('Input.imeSetComposition', {
      text: pinyin.slice(0, i),
      selectionStart: i,
      selectionEnd: i,
    });
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** Start a composition and leave it open (the caller clicks away or commits). */
export async function imeCompose(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.detach();
}

/** 新建 on the 湛江 template. */
export async function newZhanjiangReport(page: Page, org: string, year?: number): Promise<void> {
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('提纲模板').selectOption('zhanjiang-department');
  await dialog.getByLabel('机关', { exact: true }).fill(org);
  if (year) await dialog.getByLabel('年度', { exact: true }).fill(String(year));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
}

/** Paste as the browser does: a beforeinput insertFromPaste carrying the clipboard's DataTransfer. */
export async function paste(box: Locator, data: { html?: string; text: string }): Promise<void> {
  await box.evaluate((el, d) => {
    const dt = new DataTransfer();
    if (d.html) dt.setData('text/html', d.html);
    dt.setData('text/plain', d.text);
    el.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertFromPaste',
        dataTransfer: dt,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, data);
}

/**
 * After an export was started: past the 尚有必备内容未满足 warning if it shows, wait for the 导出结果
 * status and return the path of the written .docx.
 */
export async function exportedDocxPath(page: Page): Promise<string> {
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  const result = page.getByRole('status', { name: '导出结果' });
  await expect(missing.or(result)).toBeVisible();
  if (await missing.isVisible()) await missing.getByRole('button', { name: '继续导出' }).click();
  await expect(result).toContainText('.docx');
  return (await result.getByTestId('export-path').textContent())!;
}

/** Put the page's selection on `quote` (or the caret at its end when `caretAtEnd`), as a mouse would. */
export async function selectText(box: Locator, quote: string, caretAtEnd = false): Promise<void> {
  await box.evaluate(
    (el, [q, end]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n.parentElement?.closest('[data-slate-string]') ?? null)) continue;
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      const at = all.indexOf(q as string);
      if (at < 0) throw new Error(`not found: ${q as string}`);
      const locate = (pos: number): [Text, number] => {
        let off = 0;
        for (const t of nodes) {
          if (pos <= off + t.data.length) return [t, pos - off];
          off += t.data.length;
        }
        throw new Error('out of range');
      };
      const range = document.createRange();
      range.setStart(...locate(end ? at + (q as string).length : at));
      range.setEnd(...locate(at + (q as string).length));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [quote, caretAtEnd] as const,
  );
  // Slate follows the page's selection after its selectionchange handler runs.
  await box.page().waitForTimeout(200);
}

/** The 批注 panel's card of the thread on `quote`. */
export function card(page: Page, quote: string): Locator {
  return page.getByRole('article', { name: `批注：${quote}`, exact: true });
}

/** Write the comment in the 新批注 box (asks for the reviewer the first time). */
export async function writeComment(page: Page, quote: string, text: string): Promise<void> {
  const who = page.getByRole('dialog', { name: '审阅人' });
  const box = page.getByRole('group', { name: '新批注' });
  await expect(who.or(box)).toBeVisible();
  if (await who.isVisible()) {
    await who.getByLabel('姓名').fill('周敏');
    await who.getByLabel('单位').fill('市司法局');
    await who.getByRole('button', { name: '确定' }).click();
  }
  await expect(box).toContainText(`“${quote}”`);
  await box.getByLabel('批注内容').fill(text);
  await box.getByRole('button', { name: '添加批注' }).click();
  await expect(box).toBeHidden();
}

/** Choose `quote` in the element's text, as a mouse would. */
export async function chooseOnPage(el: Locator, quote: string): Promise<void> {
  await el.evaluate((node, q) => {
    const text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const at = text.data.indexOf(q);
    if (at < 0) throw new Error(`not found: ${q}`);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + q.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, quote);
}
