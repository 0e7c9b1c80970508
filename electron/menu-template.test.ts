import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../core/api/contract';
import { menuTemplate } from './menu-template';

describe('Chinese menu', () => {
  const groups = menuTemplate({ devTools: false });
  const entries = groups.flatMap((g) => g.entries);

  it('has 文件/编辑/视图/审阅/帮助 in that order', () => {
    expect(groups.map((g) => g.label.replace(/\(&.\)$/, ''))).toEqual([
      '文件',
      '编辑',
      '视图',
      '审阅',
      '帮助',
    ]);
  });

  it('binds the usual accelerators to the right commands, each once', () => {
    const byKey = new Map<string, string>();
    for (const e of entries) {
      if ('separator' in e || !e.accelerator) continue;
      expect(byKey.has(e.accelerator), e.accelerator).toBe(false);
      byKey.set(e.accelerator, 'command' in e ? e.command : e.role);
    }
    expect(Object.fromEntries(byKey)).toMatchObject({
      'CmdOrCtrl+N': 'file.new',
      'CmdOrCtrl+O': 'file.open',
      'CmdOrCtrl+S': 'file.save',
      'CmdOrCtrl+Shift+S': 'file.saveAs',
      'CmdOrCtrl+E': 'file.export',
      'CmdOrCtrl+F': 'edit.find',
      'CmdOrCtrl+H': 'edit.replace',
      'CmdOrCtrl+Z': 'edit.undo',
      'CmdOrCtrl+Y': 'edit.redo',
      'CmdOrCtrl+P': 'file.print',
      // The page's zoom, not the window's (Ctrl+0 stays 设为正文 in the text).
      'CmdOrCtrl+=': 'view.zoomIn',
      'CmdOrCtrl+-': 'view.zoomOut',
    });
    expect(byKey.has('CmdOrCtrl+0')).toBe(false);
  });

  it('sends only commands of the contract, and hides devtools in production', () => {
    for (const e of entries) if ('command' in e) expect(MENU_COMMANDS).toContain(e.command);
    expect(entries.some((e) => 'role' in e && e.role === 'toggleDevTools')).toBe(false);
    expect(
      menuTemplate({ devTools: true })
        .flatMap((g) => g.entries)
        .some((e) => 'role' in e && e.role === 'toggleDevTools'),
    ).toBe(true);
  });
});
