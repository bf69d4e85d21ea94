/**
 * Character tables of the matching view. Data, not logic: each list says why it exists, and
 * `normalize.test.ts` checks the lists against every name of the division tables.
 */

/**
 * Characters folded one to one before conversion. Full-width ASCII (U+FF01–U+FF5E) is folded by
 * arithmetic; these are the other look-alikes that reports mix in.
 */
export const WIDTH_FOLDS: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // NBSP, frequent in pasted web text
  '\u3000': ' ', // ideographic space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200b': ' ', // zero-width space: kept as a character so offsets survive
  '\ufeff': ' ',
  '\u3001': '、',
  '\u3002': '。',
  '\u2014': '—',
  '\u2013': '-',
  '\u2212': '-',
  '\u00b7': '·',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u3014': '〔',
  '\u3015': '〕',
  '\u3010': '【',
  '\u3011': '】',
  '\uff0e': '.',
};

/**
 * Variant characters OpenCC leaves alone but the division tables spell otherwise: 陜西 is written
 * with 陜 on traditional-script pages (the tables say 陕西), and OpenCC's traditional 浚县 (濬縣)
 * and 澄江 (澂江) come back as 濬 and 澂. Each is only ever a variant of its target, so it is
 * folded everywhere.
 */
export const VARIANT_FOLDS: Readonly<Record<string, string>> = {
  陜: '陕',
  峯: '峰',
  塲: '场',
  濬: '浚',
  澂: '澄',
};

/**
 * Characters that are place names in their own right but that traditional→simplified conversion
 * changes: 乾 → 干 would turn 乾县 and 乾安县 into 干县 and 干安县, 於 → 于 would turn 於潜镇 into
 * 于潜镇, 么 → 幺, 藉 → 借 (in some phrases), 濛 → 蒙, 塚 → 冢… Where one of them stands in a
 * division name the text writes, the view keeps it; elsewhere it is converted as usual (關於 →
 * 关于). The list is every character of a division name that the conversion of that name changes
 * (tested over all names).
 */
export const NAME_CHARACTERS = '乾塚磑鷺濛氾於瀂鮜么洩藉';
