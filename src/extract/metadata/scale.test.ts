/**
 * Metadata extraction stays near-linear in the length of the text: a 2-million-character text (the
 * largest the extract command accepts) made of real reports, page openings and the place fixtures
 * — thousands of place names, traditional script, titles and chrome — finishes in bounded time.
 * The figure is printed; the assertions are loose on purpose (a shared machine is noisy) but fail
 * on quadratic behaviour, which takes minutes at this size.
 */

import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { extractMetadata } from './index';

const folder = (path: string) => new URL(`../../../${path}/`, import.meta.url);
const texts = (path: string) =>
  readdirSync(folder(path))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, folder(path)), 'utf8'));

function textOf(size: number): string {
  const unit = [...texts('corpus'), ...texts('tests/fixtures/corpus-pages'), ...texts('tests/fixtures/eval/places')].join('\n');
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function timeMetadata(text: string): { ms: number; normalizeMs: number } {
  const started = performance.now();
  const view = normalizeForMatching(text);
  const normalizeMs = performance.now() - started;
  extractMetadata(text, view);
  return { ms: performance.now() - started - normalizeMs, normalizeMs };
}

describe('metadata extraction at scale', () => {
  it('reads a 2-million-character text in bounded, near-linear time', () => {
    const small = timeMetadata(textOf(200_000));
    const large = timeMetadata(textOf(2_000_000));
    console.log(
      `metadata of 200k characters: ${small.ms.toFixed(0)} ms; of 2M characters: ${large.ms.toFixed(0)} ms (normalising: ${large.normalizeMs.toFixed(0)} ms)`,
    );
    expect(large.ms).toBeLessThan(60_000);
    // Ten times the text may cost ten times the time, with room for noise; quadratic would be a hundred.
    expect(large.ms).toBeLessThan(30 * small.ms + 2_000);
  }, 180_000);
});
