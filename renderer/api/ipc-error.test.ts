import { describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/contract';
import { unwrapIpcError } from './ipc-error';

describe('unwrapIpcError', () => {
  it("recovers code and Chinese message from Electron's rethrown error", () => {
    const payload = JSON.stringify({ code: 'forbidden', message: '拒绝访问：请求不是来自本应用的页面。' });
    const e = unwrapIpcError(new Error(`Error invoking remote method 'gwdraft:api': Error: ${payload}`));
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('forbidden');
    expect(e.message).toBe('拒绝访问：请求不是来自本应用的页面。');
  });

  it('keeps an ApiError, and wraps anything else as internal with the original text', () => {
    const own = new ApiError('conflict', '文件已存在。');
    expect(unwrapIpcError(own)).toBe(own);
    const other = unwrapIpcError(new Error('socket hang up'));
    expect(other.code).toBe('internal');
    expect(other.message).toContain('socket hang up');
    expect(unwrapIpcError(new Error('x {"code":"nope","message":1}')).code).toBe('internal');
  });
});
