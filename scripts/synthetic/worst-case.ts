/**
 * Worst-case texts for the extractor's running time: one report whose results section is a
 * single very long paragraph of very long sentences, dense with numbers — the shapes that made
 * earlier versions rescan a sentence for every number (issue 9). Used by the linear-time test and
 * `npm run bench:long`; never real data.
 */

/** The repeated pieces: a change phrase with no end, a clause chain, a 、 list, a bracketed other year. */
export const WORST_CASE_PIECES = {
  change: '由53.4%提升至',
  chain: '受理12件,',
  list: '办结7件、',
  bracket: '审结9件(上年为8件)',
} as const;

export type WorstCaseShape = keyof typeof WORST_CASE_PIECES | 'mixed';

/**
 * A report of about `chars` characters whose body is one paragraph of sentences `sentenceChars`
 * long (default: the whole body is one sentence), made of the pieces of `shape`.
 */
export function worstCaseReport(chars: number, shape: WorstCaseShape = 'mixed', sentenceChars = Infinity): string {
  const head = '某某区人民政府关于2023年法治政府建设情况的报告\n一、主要成效\n';
  const pieces = shape === 'mixed' ? Object.values(WORST_CASE_PIECES) : [WORST_CASE_PIECES[shape]];
  const parts: string[] = ['全年区政府行政复议案件办结率'];
  let length = head.length + parts[0]!.length;
  let sentence = 0;
  for (let index = 0; length < chars; index += 1) {
    const piece = pieces[index % pieces.length]!;
    parts.push(piece);
    length += piece.length;
    sentence += piece.length;
    if (sentence >= sentenceChars) {
      parts.push('98%。全年行政复议案件');
      length += 13;
      sentence = 0;
    }
  }
  return `${head}${parts.join('')}98%。\n`;
}
