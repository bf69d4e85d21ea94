import type { PrimaryValueEntry } from '../data/schema';
import type { FootnoteKind } from '../data/value-status';
import { VariantBadge } from './badges';
import { formatQualified, type Qualifier } from './format';
import type { Translate } from './i18n';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { useTranslate } from './use-translate';

/** A footnote's words: the quote in quotation marks, "derived: formula", or why there is none. */
export function footnoteText(kind: FootnoteKind, text: string | null, t: Translate): string {
  switch (kind) {
    case 'quote':
      return `“${text ?? ''}”`;
    case 'derived':
      return t('profile.derivedNote', { formula: text ?? '?' });
    case 'unavailable':
      return t('profile.quoteUnavailable');
    case 'loading':
      return t('profile.loadingQuotes');
  }
}

/** A number as a printed page shows it: qualifier sign, grouping, % for rates (the unit heads its row or column). */
export function printedNumber(value: number, qualifier: Qualifier, unit: string, lang: 'zh' | 'en'): string {
  return `${formatQualified(value, qualifier, lang)}${unit === '%' ? '%' : ''}`;
}

/**
 * A value on a printed page (the profile, the group briefing): the number, its derived, variant
 * and review marks, and the link to its footnote, `[n]`, which points at `#<noteId>`; `refId`
 * names the link so that the footnote can point back.
 */
export function FootnotedValue({
  value,
  unit,
  note,
  noteId,
  refId,
}: {
  value: Pick<PrimaryValueEntry, 'value' | 'qualifier' | 'derived' | 'variant' | 'review'>;
  unit: string;
  note: number | null;
  noteId: string;
  refId?: string;
}) {
  const { lang, t } = useTranslate();
  return (
    <>
      {printedNumber(value.value, value.qualifier, unit, lang)}
      {value.derived ? <span className="badge badge-derived">{t('derived')}</span> : null}
      <VariantBadge variant={value.variant} />
      <ReviewStatusBadge review={value.review} unit={unit} />
      <sup>
        <a href={`#${noteId}`} id={refId}>
          [{note}]
        </a>
      </sup>
    </>
  );
}
