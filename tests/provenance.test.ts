/**
 * The provenance invariant, on every extraction of every bundled report, corpus page and
 * hand-written fixture: a paragraph is the report's own text, a reported value's quote is that
 * paragraph's text at its offsets and holds the number, a derived value names the extractions it
 * came from, and a metadata span is the words it names. Each loop first asserts what its list must
 * hold, so that no test passes by looping over nothing.
 */

import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { extractReport } from '../src/extract';

function texts(folder: string): Array<[string, string]> {
  const url = new URL(`../${folder}/`, import.meta.url);
  return readdirSync(url)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [`${folder}/${name}`, readFileSync(new URL(name, url), 'utf8')]);
}

const DOCUMENTS = [
  ...texts('corpus'),
  ...texts('tests/fixtures/corpus-pages'),
  ...texts('tests/fixtures/handwritten'),
  ...texts('tests/fixtures/eval/values'),
];
const NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿]/;

/** Real report pages that state no catalogue value (first pages, introductions): every other document does. */
const PAGES_WITHOUT_VALUES = new Set(
  ['001', '004', '016', '022', '025', '031', '034', '040', '043', '046', '049', '055'].map(
    (page) => `tests/fixtures/corpus-pages/page-${page}.txt`,
  ),
);

/** Documents whose counts imply a rate they do not state: the program derives it. */
const WITH_DERIVED_RATES = [
  'tests/fixtures/eval/values/pidu-2023.txt',
  'tests/fixtures/eval/values/wujiang-2020.txt',
  'tests/fixtures/eval/values/shushan-2021.txt',
  'tests/fixtures/eval/values/hetang-2021.txt',
  'tests/fixtures/eval/values/lanshan-2021-fullwidth.txt',
  'tests/fixtures/eval/values/changan-justice-2022.txt',
];

const reports = new Map(DOCUMENTS.map(([name, text]) => [name, extractReport(text)]));

it('reads the documents it promises to check', () => {
  expect(DOCUMENTS.length).toBeGreaterThanOrEqual(5 + 20 + 2 + 30);
  const derivedIn = [...reports].filter(([, report]) => report.extractions.some((item) => item.derived)).map(([name]) => name);
  expect(derivedIn).toEqual(expect.arrayContaining(WITH_DERIVED_RATES));
});

describe.each(DOCUMENTS)('provenance of %s', (name, text) => {
  const report = reports.get(name)!;
  const paragraphs = new Map(report.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const reported = report.extractions.filter((item) => !item.derived);
  const derived = report.extractions.filter((item) => item.derived);

  it('keeps every paragraph verbatim at its offset in the document', () => {
    expect(report.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of report.paragraphs) {
      expect(text.slice(paragraph.offset, paragraph.offset + paragraph.text.length)).toBe(paragraph.text);
    }
  });

  it('quotes every reported value from its paragraph, number included', () => {
    if (!PAGES_WITHOUT_VALUES.has(name)) expect(reported.length).toBeGreaterThan(0);
    for (const extraction of reported) {
      const paragraph = paragraphs.get(extraction.paragraphId);
      expect(paragraph, extraction.id).toBeDefined();
      expect(extraction.span, extraction.id).not.toBeNull();
      expect(paragraph!.text.slice(extraction.span!.start, extraction.span!.end)).toBe(extraction.span!.text);
      expect(extraction.span!.text).toMatch(NUMERAL);
    }
  });

  it('gives every reported value a wording the paragraph contains', () => {
    for (const extraction of reported) {
      expect(extraction.wording, extraction.id).not.toBeNull();
      for (const part of extraction.wording!.split('…')) expect(paragraphs.get(extraction.paragraphId)!.text).toContain(part);
    }
  });

  it('lets a derived value name existing extractions and carry no quote', () => {
    if (WITH_DERIVED_RATES.includes(name)) expect(derived.length).toBeGreaterThan(0);
    const ids = new Set(report.extractions.map((item) => item.id));
    for (const extraction of derived) {
      expect(extraction.span).toBeNull();
      expect(extraction.formula).toMatch(/^[\d.]+ \/ [\d.]+ × 100$/);
      expect(extraction.derivedFrom).toHaveLength(2);
      for (const id of extraction.derivedFrom) expect(ids.has(id)).toBe(true);
    }
  });

  it('points every metadata span at the words it names', () => {
    const spans = Object.values(report.metadata).flatMap((evidence) =>
      evidence && typeof evidence === 'object' && 'span' in evidence && evidence.span ? [evidence.span] : [],
    );
    // Every document names at least its year and its body or place in words.
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("points every primary value at one of its extractions, of the place's own scope", () => {
    if (!PAGES_WITHOUT_VALUES.has(name)) expect(Object.keys(report.values).length).toBeGreaterThan(0);
    for (const [indicator, primary] of Object.entries(report.values)) {
      const extraction = report.extractions.find((item) => item.id === primary!.extractionId);
      expect(extraction?.indicator).toBe(indicator);
      expect(extraction?.value).toBe(primary!.value);
      expect(extraction?.scope).toBe('own');
    }
  });
});
