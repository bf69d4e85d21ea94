import { describe, expect, it } from 'vitest';

import { EAGER_ENGLISH } from './english';
import {
  isLanguageLoaded,
  isMessageKey,
  loadLanguage,
  type MessageKey,
  MESSAGES,
  registerMessages,
  translate,
  whenLanguageLoaded,
} from './i18n';
import { aboutMessages } from './messages/about';
import { briefingMessages } from './messages/briefing';
import { localMessages } from './messages/local';
import { outputsMessages } from './messages/outputs';
import { profileMessages } from './messages/profile';
import { reviewMessages } from './messages/review';
import { sourceMessages } from './messages/source';
import { trendMessages } from './messages/trend';

describe('words of lazily loaded views', () => {
  it("registers only the landing view's and the shell's words when the page loads", () => {
    // Each of these features' words loads with the chunk that uses them, after the first chart.
    const lazy = [outputsMessages, profileMessages, reviewMessages, sourceMessages, trendMessages];
    for (const feature of lazy) {
      expect(Object.keys(feature.zh).length).toBeGreaterThan(10);
      expect(Object.keys(feature.zh).filter((key) => isMessageKey(key))).toEqual([]);
    }
    // The compare view's own words, the shell's and the review marks every view shows are there.
    expect(
      ['compare.levelUnknown', 'view.review', 'review.status.confirmed', 'outputs', 'reported'].filter((key) => !isMessageKey(key)),
    ).toEqual([]);
  });

  it("carries the lazily loaded views' words only once their chunks register them, and then in full", () => {
    expect(isMessageKey('about.loaded')).toBe(false);
    expect(translate('zh', 'about.loaded')).toBe('about.loaded');
    expect(isMessageKey('local.values') || isMessageKey('ingest.too_large')).toBe(false);
    for (const feature of [aboutMessages, briefingMessages, localMessages]) registerMessages(feature);
    // Registering again (a chunk evaluated twice in tests) is harmless.
    registerMessages(aboutMessages);
    for (const feature of [aboutMessages, briefingMessages, localMessages]) {
      for (const lang of ['zh', 'en'] as const) {
        expect(Object.keys(feature[lang]).length).toBeGreaterThan(10);
        for (const [key, message] of Object.entries(feature[lang])) expect(MESSAGES[lang][key as MessageKey]).toBe(message);
      }
    }
    expect(translate('zh', 'about.loaded')).toBe(aboutMessages.zh['about.loaded']);
  });

  it('has the Chinese of the landing view and the shell at once, and their English only once loaded, in full', async () => {
    expect(isLanguageLoaded('zh')).toBe(true);
    expect(isLanguageLoaded('en')).toBe(false);
    expect(translate('zh', 'appTitle')).toBe('法治政府建设年度报告数据图谱');
    // Asked before its chunk is here, an English word shows its key; nothing breaks.
    expect(translate('en', 'appTitle')).toBe('appTitle');
    const switched: string[] = [];
    whenLanguageLoaded('zh', () => switched.push('zh'));
    whenLanguageLoaded('en', () => switched.push('en'));
    // Chinese at once; English only after its load.
    expect(switched).toEqual(['zh']);
    await Promise.all([loadLanguage('en'), loadLanguage('en')]);
    expect(switched).toEqual(['zh', 'en']);
    expect(isLanguageLoaded('en')).toBe(true);
    expect(translate('en', 'appTitle')).toBe('Rule-of-law report atlas');
    const english = EAGER_ENGLISH.flatMap((words) => Object.entries(words));
    expect(english.length).toBeGreaterThan(200);
    for (const [key, message] of english) expect(MESSAGES.en[key as MessageKey]).toBe(message);
    // Every eager Chinese key has its English, and no other key came with it.
    const chinese = Object.keys(MESSAGES.zh).filter((key) => isMessageKey(key));
    expect(chinese.filter((key) => !(key in MESSAGES.en))).toEqual([]);
    expect(Object.keys(MESSAGES.en).filter((key) => !(key in MESSAGES.zh))).toEqual([]);
  });
});
