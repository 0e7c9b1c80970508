import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, newReport, sectionBox, test } from './fixtures';

const TEXT = '年内修订行政执法公示制度，公示执法信息三百余条。';

/** Wait until an autosave holding TEXT is on disk in the app data folder. */
async function autosaved(dataDir: string, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const dir = join(dataDir, 'recovery');
        const names = await readdir(dir).catch(() => [] as string[]);
        for (const n of names)
          if ((await readFile(join(dir, n), 'utf8').catch(() => '')).includes(text)) return true;
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

test('kill the host mid-edit → restart → recovery is offered and restores the text', async ({ app }) => {
  const { page } = app;
  await newReport(page, '吴川市自然资源局');
  await sectionBox(page, '四、').click();
  await page.keyboard.insertText(TEXT);
  await autosaved(app.dataDir, TEXT);

  await app.crashAndRestart();

  const offer = app.page.getByRole('region', { name: '可恢复的未保存内容' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('吴川市自然资源局');
  await expect(offer).toContainText('自动保存于');
  await offer.getByRole('button', { name: '恢复' }).click();
  await expect(sectionBox(app.page, '四、')).toContainText(TEXT);
});
