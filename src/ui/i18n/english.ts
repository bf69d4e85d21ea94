/**
 * The English of the words src/ui/i18n/i18n.ts registers at once in Chinese (the landing view's and
 * the shell's): a chunk of its own, which only an English page loads (`loadLanguage`).
 */
import { commonEnglish } from './messages/common.en';
import { compareEnglish } from './messages/compare.en';
import { placePickerEnglish } from './messages/place-picker.en';
import { reviewMarksEnglish } from './messages/review-marks.en';
import { shellEnglish } from './messages/shell.en';

export const EAGER_ENGLISH = [shellEnglish, commonEnglish, compareEnglish, reviewMarksEnglish, placePickerEnglish] as const;
