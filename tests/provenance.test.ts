/**
 * The provenance invariant, on every extraction of every bundled report and every corpus page:
 * a paragraph is the report's own text, a reported value's quote is that paragraph's text at its
 * offsets and holds the number, and a derived value names the extractions it came from.
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

const DOCUMENTS = [...texts('corpus'), ...texts('tests/fixtures/corpus-pages')];
const NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿]/;

describe.each(DOCUMENTS)('provenance of %s', (_name, text) => {
  const report = extractReport(text);
  const paragraphs = new Map(report.paragraphs.map((paragraph) => [paragraph.id, paragraph]));

  it('keeps every paragraph verbatim at its offset in the document', () => {
    expect(report.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of report.paragraphs) {
      expect(text.slice(paragraph.offset, paragraph.offset + paragraph.text.length)).toBe(paragraph.text);
    }
  });

  it('quotes every reported value from its paragraph, number included', () => {
    for (const extraction of report.extractions.filter((item) => !item.derived)) {
      const paragraph = paragraphs.get(extraction.paragraphId);
      expect(paragraph, extraction.id).toBeDefined();
      expect(paragraph!.text.slice(extraction.start!, extraction.end!)).toBe(extraction.quote);
      expect(extraction.quote).toMatch(NUMERAL);
    }
  });

  it('lets a derived value name existing extractions and carry no quote', () => {
    const ids = new Set(report.extractions.map((item) => item.id));
    for (const extraction of report.extractions.filter((item) => item.derived)) {
      expect(extraction.quote).toBeNull();
      expect(extraction.derivedFrom.length).toBeGreaterThan(0);
      for (const id of extraction.derivedFrom) expect(ids.has(id)).toBe(true);
    }
  });

  it('points every metadata span at the words it names', () => {
    for (const evidence of Object.values(report.metadata)) {
      if (evidence && typeof evidence === 'object' && 'span' in evidence && evidence.span) {
        expect(text.slice(evidence.span.start, evidence.span.end)).toBe(evidence.span.text);
      }
    }
  });

  it('points every primary value at one of its extractions', () => {
    for (const [indicator, primary] of Object.entries(report.values)) {
      const extraction = report.extractions.find((item) => item.id === primary!.extractionId);
      expect(extraction?.indicator).toBe(indicator);
      expect(extraction?.value).toBe(primary!.value);
    }
  });
});
