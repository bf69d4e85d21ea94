/**
 * A review status in words, for badges' hover text and for chart tooltips and labels (which are
 * built as plain objects, without React). Pure.
 */

import type { ReviewMark } from '../../data/schema';
import type { Lang } from '../../state/url-state';
import { formatValueWithUnit } from '../i18n/format';
import { translate } from '../i18n/i18n';

/** 已核实 / 已更正 / 人工添加 / 已否决. */
export function reviewStatusLabel(review: Pick<ReviewMark, 'status'>, lang: Lang): string {
  return translate(lang, `review.status.${review.status}`);
}

/** The extractor's original of a corrected value, formatted; null when there is none. */
export function reviewOriginalText(review: ReviewMark, unit: string, lang: Lang): string | null {
  return review.original ? formatValueWithUnit(review.original.value, review.original.qualifier, unit, lang).trim() : null;
}

/** Lines describing a review: who and when, the original, agreement, the note. */
export function reviewLines(review: ReviewMark | undefined, unit: string, lang: Lang): string[] {
  if (!review) return [];
  const original = reviewOriginalText(review, unit, lang);
  return [
    translate(lang, 'review.badgeBy', {
      status: reviewStatusLabel(review, lang),
      reviewer: review.reviewer,
      date: review.reviewedAt.slice(0, 10),
    }),
    ...(original ? [translate(lang, 'review.badgeOriginal', { original })] : []),
    ...(review.status === 'confirmed' && review.decision !== 'confirm' ? [translate(lang, 'review.badgeAgreed')] : []),
    ...(review.note ? [translate(lang, 'review.badgeNote', { note: review.note })] : []),
  ];
}
