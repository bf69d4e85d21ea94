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
  it('shares no page with any other fixture, another unseen folder or itself included, by address or by opening', () => {
    const all = labelledTexts();
    const unseen = all.filter((file) => isUnseen(file.text));
    expect(UNSEEN_FOLDERS.length).toBeGreaterThan(0);
    expect(unseen.length).toBeGreaterThan(30);
    expect(all.length - unseen.length).toBeGreaterThan(700);
    const twinsOf = (file: (typeof all)[number]): string[] =>
      all
        .filter((other) => other.text !== file.text)
        .filter((other) => (file.url !== null && other.url === file.url) || (file.opening.length >= 100 && other.opening === file.opening))
        .map((other) => `${file.text} = ${other.text}`);
    expect(unseen.flatMap(twinsOf)).toEqual([]);
  });
});
