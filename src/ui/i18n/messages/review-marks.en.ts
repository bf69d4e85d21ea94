/** The English of review-marks.ts's words: a chunk of its own, loaded only for an English page (src/ui/i18n/i18n.ts `loadLanguage`). */

import type { EnglishOf } from './define';
import type { reviewMarksChinese } from './review-marks';

export const reviewMarksEnglish: EnglishOf<typeof reviewMarksChinese> = {
  'review.status.confirmed': 'Confirmed',
  'review.status.corrected': 'Corrected',
  'review.status.added': 'Added by hand',
  'review.status.rejected': 'Rejected',
  'review.badgeBy': '{status} by {reviewer}, {date}',
  'review.badgeOriginal': 'extracted as {original}',
  'review.badgeAgreed': 'corrected by the reviewer; the extractor now reads the same',
  'review.badgeNote': 'Note: {note}',
  'review.filter': 'Reviewed values only',
  'review.filterHint': 'Values not reviewed are hidden (not "not reported").',
  'review.hidden': 'not reviewed (hidden)',
};
