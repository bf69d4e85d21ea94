import { describe, expect, it } from 'vitest';

import { isMessageKey, type MessageKey, MESSAGES, registerMessages, translate } from './i18n';
import { aboutMessages } from './messages/about';
import { briefingMessages } from './messages/briefing';
import { localMessages } from './messages/local';

describe('words of lazily loaded views', () => {
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
});
