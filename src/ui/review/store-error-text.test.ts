import { describe, expect, it } from 'vitest';

import { LocalStoreError } from '../../data/site-db';
import { loadLanguage, translator } from '../i18n/i18n';
import { storeErrorText } from './store-error-text';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

const zh = translator('zh');
const en = translator('en');

describe('what a person reads when local storage fails', () => {
  it('says a full quota is full, with its figures, in either language', () => {
    const full = new LocalStoreError('full', 'full', { usedBytes: 52_428_800, quotaBytes: 53_477_376 });
    expect(storeErrorText(full, zh, 'zh')).toBe(
      '浏览器为本站保留的存储空间已满(已用 50 MB,上限 51 MB),这次没有保存任何内容。请删除不再需要的本地报告,或在浏览器设置中为本站释放空间后重试。',
    );
    expect(storeErrorText(full, en, 'en')).toContain('storage for this site is full (50 MB used of 51 MB allowed), so nothing was saved');
    expect(storeErrorText(new LocalStoreError('full', 'full'), en, 'en')).toContain('storage for this site is full, so nothing was saved');
  });

  it("tells a missing IndexedDB and a blocking tab apart from other failures, which keep the browser's words", () => {
    expect(storeErrorText(new LocalStoreError('x', 'missing'), zh, 'zh')).toContain('无痕');
    expect(storeErrorText(new LocalStoreError('x', 'blocked'), en, 'en')).toContain('Another tab');
    expect(storeErrorText(new LocalStoreError('disk I/O error'), en, 'en')).toBe('Local storage (IndexedDB) failed: disk I/O error');
    expect(storeErrorText(new TypeError('boom'), en, 'en')).toBe('Local storage (IndexedDB) failed: boom');
  });
});
