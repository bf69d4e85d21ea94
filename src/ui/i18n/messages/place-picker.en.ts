/** The English of place-picker.ts's words: a chunk of its own, loaded only for an English page (src/ui/i18n/i18n.ts `loadLanguage`). */

import type { EnglishOf } from './define';
import type { placePickerChinese } from './place-picker';

export const placePickerEnglish: EnglishOf<typeof placePickerChinese> = {
  'placePicker.placeholder': 'name, pinyin or initials (桃林镇, taolin, tlz)',
  'placePicker.results': 'Matching places',
  'placePicker.showing': '{from}–{to} of {total} places',
  'placePicker.none': 'No place matches',
  'placePicker.loading': 'Loading the place index…',
  'placePicker.noPinyin':
    'This data has no pinyin index: places are found by their Chinese names only (re-extract the data for pinyin, initials and traditional characters).',
  'placePicker.previous': 'Previous',
  'placePicker.next': 'Next',
  'placePicker.chosen': 'Chosen places',
  'placePicker.remove': 'Remove “{name}”',
  'placePicker.clearAll': 'Clear all',
  'placePicker.hint': '↑↓ to move, Enter to add or remove, PageUp/PageDown for pages, Esc to close',
  'reportChooser.place': 'Place',
  'reportChooser.years': 'Reports of {name}, by year',
  'reportChooser.noReports': '{name} has no report.',
  'reportChooser.yearsLabel': 'Report year',
  'reportChooser.loading': 'Loading the place’s reports…',
};
