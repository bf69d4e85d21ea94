import { describe, expect, it } from 'vitest';

import { INGEST_ERROR_CODES } from '../../ingest';
import { isMessageKey, loadLanguage, type MessageKey, MESSAGES, registerMessages, translate } from './i18n';
import { aboutMessages } from './messages/about';
import { briefingMessages } from './messages/briefing';
import { coverageMessages } from './messages/coverage';
import { indicatorMessages } from './messages/indicator';
import { localMessages } from './messages/local';
import { outputsMessages } from './messages/outputs';
import { profileMessages } from './messages/profile';
import { reportMessages } from './messages/report';
import { reviewMessages } from './messages/review';
import { sourceMessages } from './messages/source';
import { trendMessages } from './messages/trend';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

// Every word, the lazily registered features' too (src/ui/i18n/i18n-lazy.test.ts tests the registering).
const LAZY_FEATURES = [
  aboutMessages,
  briefingMessages,
  coverageMessages,
  indicatorMessages,
  localMessages,
  outputsMessages,
  profileMessages,
  reportMessages,
  reviewMessages,
  sourceMessages,
  trendMessages,
];
for (const feature of LAZY_FEATURES) registerMessages(feature);

const placeholders = (message: unknown): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string)))].sort();
};

describe('interface messages', () => {
  it('has the same keys in Chinese and English', () => {
    const zh = Object.keys(MESSAGES.zh).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(zh.length).toBeGreaterThan(200);
    expect(en).toEqual(zh);
  });

  it('fills the same placeholders in both languages', () => {
    const differing = (Object.keys(MESSAGES.zh) as MessageKey[]).filter(
      (key) => placeholders(MESSAGES.zh[key]).join() !== placeholders(MESSAGES.en[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('names every reason a file can be refused for, in both languages', () => {
    // The decoders' codes, and the browser's own: a worker failure, the time budget, a cancel.
    const codes = [...INGEST_ERROR_CODES, 'failed', 'too_slow', 'cancelled'];
    expect(codes).toContain('too_complex');
    expect(codes.filter((code) => !isMessageKey(`ingest.${code}`))).toEqual([]);
  });

  it('uses English plural rules: 1 value, 3 values', () => {
    expect(translate('en', 'local.values', { n: 1 })).toBe('1 value');
    expect(translate('en', 'local.values', { n: 3 })).toBe('3 values');
    expect(translate('en', 'local.values', { n: 0 })).toBe('0 values');
    expect(translate('zh', 'local.values', { n: 1 })).toBe('1 个数值');
  });

  it('leaves an unknown placeholder as written rather than inventing a value', () => {
    expect(translate('zh', 'rankOf', { rank: 2 })).toBe('2/{n}');
  });
});
