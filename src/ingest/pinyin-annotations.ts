/**
 * Mirror sites that convert pages to traditional script sometimes print the converter's reading
 * of a character after it, in parentheses: 區(qū), 內(nèi)蒙古, 發(fā)展. The annotation is not the
 * report's text, and it cuts every name and phrase it falls in (自治區(qū)人民政府, 全區(qū)), so the
 * place, the body and the figures' nouns are lost. Dropped when the text is decoded, so that the
 * extractor reads, quotes and shows the report's own characters.
 */

/**
 * A Han character and a pinyin syllable in parentheses (half- or full-width) right after it. The
 * syllable carries a tone mark or ü, which no parenthesised list item, unit or Latin abbreviation
 * does: (a), (kg), (PM2.5) stay.
 */
const ANNOTATION = /([\u3400-\u9fff])[(\uff08]([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6})[)\uff09]/g;
const TONED = /[\u00e0-\u00fc\u0101-\u01dc]/;

/** The text without pinyin annotations after its characters; the same string when it has none. */
export function dropPinyinAnnotations(text: string): string {
  return text.replace(ANNOTATION, (whole: string, han: string, syllable: string) => (TONED.test(syllable) ? han : whole));
}
