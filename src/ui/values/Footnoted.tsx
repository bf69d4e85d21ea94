import type { PrimaryValueEntry, ReportEntry } from '../../data/schema';
import type { FootnoteKind } from '../../data/value-status';
import { formatQualified, type Qualifier } from '../i18n/format';
import { registerMessages, type Translate } from '../i18n/i18n';
import { profileMessages } from '../i18n/messages/profile';
import { useTranslate } from '../i18n/use-translate';
import { ReviewStatusBadge } from '../review/ReviewStatusBadge';
import { VariantBadge } from './badges';
import { originalPageUrl } from './OriginFacts';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(profileMessages);

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

/**
 * Where a footnote's words are from, as a citation: the report's title (its file when it has none)
 * and, when known, the web page it was published on, written out so that it survives printing.
 */
export function FootnoteSource({ report }: { report: Pick<ReportEntry, 'title' | 'sourceFile' | 'sourceUrl'> }) {
  const { lang } = useTranslate();
  const url = originalPageUrl(report);
  const title = report.title ?? report.sourceFile;
  return (
    <span className="footnote-source">
      {' — '}
      <cite lang="zh-CN">{lang === 'zh' ? `《${title}》` : title}</cite>
      {url ? (
        <>
          {' '}
          <a href={url} className="footnote-url" rel="noreferrer">
            {url}
          </a>
        </>
      ) : null}
    </span>
  );
}

/**
 * What the marks of a printed page mean (≈ ≥ ≤, 推算, ※, ⚠, Δ, [n], 未报告 and 该年无报告): a page
 * on paper has no tooltip, so it says them once, under its notes.
 */
export function PrintedMarksKey() {
  const { t } = useTranslate();
  const items = [
    `≈ ${t('qualifier.approx')} · ≥ ${t('qualifier.at_least')} · ≤ ${t('qualifier.at_most')}`,
    `${t('derived')}: ${t('derivedLong')}`,
    t('marks.variant'),
    t('marks.warning'),
    t('marks.change'),
    t('marks.note'),
    t('marks.absent'),
  ];
  return (
    <section className="marks-key" aria-labelledby="marks-key-heading" data-testid="marks-key">
      <h3 id="marks-key-heading">{t('marks.heading')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
