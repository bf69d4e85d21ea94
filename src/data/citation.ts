/**
 * How to cite the data, or one indicator of it, as plain text (in the page's language) and as
 * BibTeX: what is cited is read from the data folder (about.json: its version, its date, its
 * catalogue's version), never written into the code, so that a citation names the data it was
 * made from. Pure: the address and the day of access are given.
 */

import type { AboutFile } from './schema';

export const DATASET_TITLE = {
  zh: '法治政府建设年度报告数据图谱:地方政府法治政府建设年度报告中的指标',
  en: 'Indicators of Chinese local governments’ annual rule-of-law reports (法治政府建设年度报告)',
} as const;

export const DATASET_AUTHOR = 'fazhi-atlas';

export interface CitationInput {
  /** The folder's about.json; null for a folder without one. */
  readonly about: Pick<AboutFile, 'dataVersion' | 'newestReportDate' | 'generatedAt' | 'catalogueVersion'> | null;
  /** The address to cite (the site, or the page of one indicator). */
  readonly url: string;
  /** The day of access, YYYY-MM-DD. */
  readonly accessed: string;
  /** Cite one indicator of the data: its id and its name in both languages. */
  readonly indicator?: { readonly id: string; readonly label: { readonly zh: string; readonly en: string } };
}

export interface CitationFacts {
  readonly version: string | null;
  /**
   * The data's date: the day it was extracted when the folder recorded it (older folders), else the
   * newest date its reports carry (extraction writes no time: the same reports give the same bytes).
   */
  readonly date: string | null;
  readonly dateKind: 'extracted' | 'newest_report' | null;
  readonly catalogueVersion: number | null;
}

export function citationFacts(about: CitationInput['about']): CitationFacts {
  const extracted = about?.generatedAt?.slice(0, 10) ?? null;
  const newest = about?.newestReportDate ?? null;
  return {
    version: about?.dataVersion ?? null,
    date: extracted ?? newest,
    dateKind: extracted !== null ? 'extracted' : newest !== null ? 'newest_report' : null,
    catalogueVersion: about?.catalogueVersion ?? null,
  };
}

/** Braces and backslashes would end a BibTeX field early: they are escaped; other text is kept (UTF-8 BibTeX/biber). */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, (char) => `\\${char}`);
}

/** The plain-text citation in one language. */
export function citationText(input: CitationInput, lang: 'zh' | 'en'): string {
  const facts = citationFacts(input.about);
  const year = facts.date?.slice(0, 4) ?? null;
  if (lang === 'zh') {
    const details = [
      facts.version !== null ? `数据版本 ${facts.version}` : '数据版本未记录',
      facts.date !== null ? (facts.dateKind === 'extracted' ? `提取于 ${facts.date}` : `报告截至 ${facts.date}`) : null,
      facts.catalogueVersion !== null ? `指标目录第 ${facts.catalogueVersion} 版` : null,
    ].filter((part): part is string => part !== null);
    const subject = input.indicator ? `“${input.indicator.label.zh}”(${input.indicator.id}),载于:` : '';
    return `${DATASET_AUTHOR}${year ? `(${year})` : ''}。${subject}${DATASET_TITLE.zh},${details.join(',')}。${input.url}。访问日期:${input.accessed}。`;
  }
  const details = [
    facts.version !== null ? `data version ${facts.version}` : 'data version not recorded',
    facts.date !== null ? (facts.dateKind === 'extracted' ? `extracted ${facts.date}` : `reports up to ${facts.date}`) : null,
    facts.catalogueVersion !== null ? `indicator catalogue v${facts.catalogueVersion}` : null,
  ].filter((part): part is string => part !== null);
  const subject = input.indicator ? `“${input.indicator.label.en}” (${input.indicator.id}). In: ` : '';
  return `${DATASET_AUTHOR}${year ? ` (${year})` : ''}. ${subject}${DATASET_TITLE.en}, ${details.join('; ')}. ${input.url}. Accessed ${input.accessed}.`;
}

/** The BibTeX entry (biblatex's `@misc` fields: version, date, urldate), keyed by the data's version. */
export function citationBibtex(input: CitationInput): string {
  const facts = citationFacts(input.about);
  const key = [DATASET_AUTHOR, input.indicator?.id.replace(/[^a-z0-9]+/gi, '-'), facts.version ?? facts.date ?? 'data']
    .filter((part): part is string => part !== undefined)
    .join('-');
  const title = input.indicator ? `${input.indicator.label.en} (${input.indicator.id}), in: ${DATASET_TITLE.en}` : DATASET_TITLE.en;
  const note = [
    facts.date !== null ? (facts.dateKind === 'extracted' ? `extracted ${facts.date}` : `reports up to ${facts.date}`) : null,
    facts.catalogueVersion !== null ? `indicator catalogue version ${facts.catalogueVersion}` : null,
    'values extracted by a program: check each against its quote',
  ].filter((part): part is string => part !== null);
  const fields: [string, string | null][] = [
    ['author', `{${DATASET_AUTHOR}}`],
    ['title', title],
    ['year', facts.date?.slice(0, 4) ?? null],
    ['date', facts.date],
    ['version', facts.version],
    ['note', note.join('; ')],
    ['url', input.url],
    ['urldate', input.accessed],
  ];
  const lines = fields.flatMap(([name, value]) =>
    value === null ? [] : [`  ${name} = {${name === 'author' ? value : bibtexValue(value)}},`],
  );
  return `@misc{${key},\n${lines.join('\n')}\n}`;
}
