/**
 * One model of a value's status (src/data/value-status.ts): no view types its own status union or
 * footnote kind, or reads a report's value past the value store (src/data/value-store.ts), where
 * reviews, the reviewed-only filter and the loaded value files are. Each of those once was typed
 * or worked out per view, and the copies drifted (a hidden value read as 未报告 in one of them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(new URL('..', import.meta.url).pathname);

/** The app's non-test source outside src/data, where views and shared UI live. */
function viewSources(): { file: string; text: string }[] {
  return ['src/features', 'src/ui', 'src/app', 'src/state'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file: path.relative(root, file), text: readFileSync(file, 'utf8') };
      }),
  );
}

/** Lines of the view sources matching `pattern`, as `file: line`. */
function offending(pattern: RegExp): string[] {
  return viewSources().flatMap(({ file, text }) =>
    text.split('\n').flatMap((line) => (pattern.test(line) ? [`${file}: ${line.trim()}`] : [])),
  );
}

describe('the value status model', () => {
  it('no view declares its own union of value statuses', () => {
    // A union naming an absence kind: `'not_reported' | …`, `… | 'no_report'`, `'hidden' | 'not_loaded'`.
    expect(offending(/'(?:not_reported|no_report|not_loaded)'\s*\||\|\s*'(?:not_reported|no_report|not_loaded)'/)).toEqual([]);
  });

  it('no view declares its own footnote kinds', () => {
    expect(offending(/'quote'\s*\|\s*'derived'|'derived'\s*\|\s*'quote'/)).toEqual([]);
  });

  it('no view reads a report’s value past the value store', () => {
    // `report.values[id]` misses the loaded value files, this browser's reviews and the filter.
    expect(offending(/\b[rR]eport\??\.values\[/)).toEqual([]);
  });

  it('the probes find what they are for', () => {
    // A probe that cannot match is a test that cannot fail.
    const union = /'(?:not_reported|no_report|not_loaded)'\s*\||\|\s*'(?:not_reported|no_report|not_loaded)'/;
    expect(union.test("export type TrendPointStatus = 'reported' | 'not_reported' | 'no_report' | 'hidden';")).toBe(true);
    expect(/'quote'\s*\|\s*'derived'/.test("export type NoteKind = 'quote' | 'derived' | 'unavailable' | 'loading';")).toBe(true);
    expect(/\b[rR]eport\??\.values\[/.test('const value = column.report?.values[indicator.id] ?? null;')).toBe(true);
    expect(viewSources().some(({ file }) => file === path.join('src', 'features', 'trend', 'trend-state.ts'))).toBe(true);
  });
});
