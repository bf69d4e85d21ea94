import { describe, expect, it } from 'vitest';

import { originalPageUrl, retrievalDate } from './OriginFacts';

describe('original page', () => {
  it('links only absolute http(s) addresses', () => {
    expect(originalPageUrl({ sourceUrl: 'https://www.example.gov.cn/a b.html' })).toBe('https://www.example.gov.cn/a%20b.html');
    expect(originalPageUrl({ sourceUrl: 'http://sfj.example.gov.cn/art/1.html' })).toBe('http://sfj.example.gov.cn/art/1.html');
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,x', '/relative.html', 'file:///etc/passwd', '', undefined]) {
      expect(originalPageUrl({ sourceUrl })).toBeNull();
    }
  });

  it('gives the day of retrieval', () => {
    expect(retrievalDate({ retrievedAt: '2024-05-06T07:08:09.010Z' })).toBe('2024-05-06');
    expect(retrievalDate({ retrievedAt: undefined })).toBeNull();
    expect(retrievalDate({ retrievedAt: 'yesterday' })).toBeNull();
  });
});
