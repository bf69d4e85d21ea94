/**
 * A county whose stem is an ordinary word (会同 "jointly with", 和平 "peace", 平安 "safe"…) is read as a place only where a
 * place stands: under its parent, at a line's start, after the paragraph's year — not where its level character opens the
 * next word (「会同县府办做好…」, 「平安区县创建」). A property over every stem of COMMON_WORD_COUNTY_STEMS and every county
 * the division tables file under it; the texts are written for these tests (none is a fixture's).
 */
import { describe, expect, it } from 'vitest';

import { COMMON_WORD_COUNTY_STEMS } from './constants';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

/** Every county of the tables named by a listed stem and its level character (会同县, 和平区, 合作市). */
const COUNTIES = [...COMMON_WORD_COUNTY_STEMS].flatMap((stem) =>
  ['县', '区', '市']
    .map((level) => stem + level)
    .flatMap((name) =>
      (DIVISIONS.byName.get(name) ?? [])
        .filter((d) => d.kind === 'county')
        .map((d) => ({ stem, name, official: d.name, level: name.slice(-1) })),
    )
    .filter((county, i, all) => all.findIndex((other) => other.name === county.name) === i),
);

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

describe('common-word counties', () => {
  it('every listed stem names a county of the tables', () => {
    const stems = new Set(COUNTIES.map((c) => c.stem));
    expect([...COMMON_WORD_COUNTY_STEMS].filter((stem) => !stems.has(stem))).toEqual([]);
    expect(COUNTIES.length).toBeGreaterThanOrEqual(COMMON_WORD_COUNTY_STEMS.size);
  });

  it.each(COUNTIES)('$name before a word its $level opens is the word, not the place', ({ name, level }) => {
    // The report is 嘉善县's (its title's place); the common word, with the next word, is written in its prose.
    const organ = { 县: '县府办', 区: '区委办', 市: '市府办' }[level]!;
    const text = `嘉善县司法局2024年法治政府建设工作报告\n2024年,我局${PROSE}制定年度工作要点。${name.slice(0, -1)}${organ}做好审议工作。嘉善县${PROSE}`;
    const scanned = extractMetadata(text);
    expect(scanned.jurisdiction?.value).toBe('嘉善县');
    // And without the title, the place is not read from the common word either.
    const untitled = extractMetadata(`2024年,我局${PROSE}制定年度工作要点。${name.slice(0, -1)}${organ}做好审议工作。`);
    expect(untitled.jurisdiction?.value ?? null).not.toBe(name);
  });

  it.each(COUNTIES)('$name at a line’s start is the place', ({ name, official }) => {
    const md = extractMetadata(`${name}人民政府2023年法治政府建设情况报告\n2023年,${name}政府${PROSE}`);
    expect([name, official]).toContain(md.jurisdiction?.value);
  });

  // A town's report names its county after a preposition (「在大方县委、县政府的正确领导下,羊场镇…」): the place, whatever its
  // level character opens.
  it.each(COUNTIES)('$name after a preposition (在…委、政府的领导下) is the place', ({ name, official, level }) => {
    const md = extractMetadata(
      `2023年法治政府建设工作情况报告\n2023年,在${name}委、${level}政府的正确领导下,我${level}${PROSE}现将有关情况报告如下。`,
    );
    expect([name, official]).toContain(md.jurisdiction?.value);
  });
});
