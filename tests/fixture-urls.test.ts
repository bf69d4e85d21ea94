import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isUnseen, UNSEEN_FOLDERS } from './support/fixture-texts';

/** Every labelled text under tests/fixtures and corpus: its gold file's address (if any) and its opening. */
function labelledTexts(): { readonly text: string; readonly url: string | null; readonly opening: string }[] {
  return ['tests/fixtures', 'corpus'].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(folder, name))
      .map((text) => {
        const goldFile = text.replace(/\.txt$/, '.gold.json');
        let url: string | null = null;
        try {
          url = (JSON.parse(readFileSync(goldFile, 'utf8')) as { url?: string }).url ?? null;
        } catch {
          // A text without a gold file (an input fixture) has no address.
        }
        // The first 200 characters without whitespace: a copy of the same page, however its lines were copied.
        const opening = readFileSync(text, 'utf8').replace(/\s+/g, '').slice(0, 200);
        return { text, url, opening };
      }),
  );
}

describe('the unseen holdout', () => {
  it('shares no page with any other fixture, by address or by opening', () => {
    const all = labelledTexts();
    const unseen = all.filter((file) => isUnseen(file.text));
    const seen = all.filter((file) => !isUnseen(file.text));
    expect(UNSEEN_FOLDERS.length).toBeGreaterThan(0);
    expect(unseen.length).toBeGreaterThan(30);
    expect(seen.length).toBeGreaterThan(700);
    const seenUrls = new Map(seen.filter((file) => file.url !== null).map((file) => [file.url, file.text]));
    const seenOpenings = new Map(seen.filter((file) => file.opening.length >= 100).map((file) => [file.opening, file.text]));
    const shared = unseen.flatMap((file) => {
      const twin = (file.url !== null ? seenUrls.get(file.url) : undefined) ?? seenOpenings.get(file.opening);
      return twin === undefined ? [] : [`${file.text} = ${twin}`];
    });
    expect(shared).toEqual([]);
  });
});
