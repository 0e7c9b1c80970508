/**
 * 打印: prints the print preview's A4 pages. Electron: the window's print dialog through the typed API
 * (webContents.print in main); the browser: window.print(). Either way the print CSS (print.css) shows
 * only the preview's pages, one per sheet, with their "— N —" numbers.
 */
import type { GwdraftApi } from '../../core/api/contract';
import './print.css';

export async function printPages(api: GwdraftApi): Promise<void> {
  const native = await api['window.print']({}).then(
    (r) => r.native,
    () => false,
  );
  if (!native) window.print();
}
