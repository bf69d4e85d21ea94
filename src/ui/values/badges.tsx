import { placementFlags } from '../../data/dataset';
import type { ParagraphEntry, PrimaryValueEntry, ReportEntry, ValueWarning } from '../../data/schema';
import { formatQualified, type Qualifier, warningText } from '../i18n/format';
import type { MessageKey } from '../i18n/i18n';
import { useTranslate } from '../i18n/use-translate';
import { ReviewStatusBadge } from '../review/ReviewStatusBadge';

/** Marks a report written by a department, wherever such a report's number appears. */
export function DepartmentBadge({ body }: { body: string | null }) {
  const { t } = useTranslate();
  return (
    <span className="badge badge-department" title={t('departmentBadgeTitle', { body: body ?? '?' })}>
      {t('departmentBadge')}
    </span>
  );
}

/**
 * Marks a related report (a justice bureau's work summary, a reconsideration report…) wherever its
 * number appears: it is compared only with reports of its own kind, never silently beside
 * rule-of-law reports.
 */
export function DocumentKindBadge({ kind }: { kind: ReportEntry['documentKind'] }) {
  const { t } = useTranslate();
  if (kind === 'rule_of_law_report') return null;
  return (
    <span
      className="badge badge-document-kind"
      title={t('documentKindBadgeTitle', { kind: t(`documentKind.${kind}`) })}
      data-testid="document-kind-badge"
    >
      {t(`documentKind.${kind}`)}
    </span>
  );
}

/** What kind of report it is, wherever its number appears: a department's, and a related kind of report. */
export function KindBadges({ report }: { report: Pick<ReportEntry, 'bodyKind' | 'body' | 'documentKind'> | null | undefined }) {
  if (!report) return null;
  return (
    <>
      {report.bodyKind === 'department' ? <DepartmentBadge body={report.body} /> : null}
      <DocumentKindBadge kind={report.documentKind} />
    </>
  );
}

/** Marks a report the user added in this browser (IndexedDB), wherever it appears. */
export function LocalBadge() {
  const { t } = useTranslate();
  return (
    <span className="badge badge-local" title={t('localBadgeTitle')} data-testid="local-badge">
      {t('localBadge')}
    </span>
  );
}

/**
 * The badges a report carries wherever it is named: its kind ({@link KindBadges}), 本地 for a local
 * report, 未识别年份 / 未识别地区 for one whose year or place could not be read (kept and flagged,
 * never guessed).
 */
export function ReportBadges({
  report,
}: {
  report: Pick<ReportEntry, 'local' | 'flags' | 'year' | 'bodyKind' | 'body' | 'documentKind'> | null | undefined;
}) {
  const { t } = useTranslate();
  if (!report) return null;
  const flags = placementFlags(report);
  return (
    <>
      <KindBadges report={report} />
      {report.local ? <LocalBadge /> : null}
      {flags.map((flag) => (
        <span key={flag} className="badge badge-flag" data-testid="flag-badge">
          {t(`flag.${flag}`)}
        </span>
      ))}
    </>
  );
}

const QUALIFIER_WORD: Record<Exclude<Qualifier, 'exact'>, MessageKey> = {
  approx: 'qualifierApprox',
  at_least: 'qualifierAtLeast',
  at_most: 'qualifierAtMost',
};

/**
 * A value as the compare table, coverage grid and lists show it: qualifier sign (spelled out for
 * screen readers), number, a "derived" tag when the extractor computed it, and its review status
 * (已核实, 已更正 with the original on hover, 人工添加) when a person reviewed it.
 */
export function QualifiedValue({
  value,
  unit,
}: {
  value: Pick<PrimaryValueEntry, 'value' | 'qualifier' | 'derived'> & Partial<Pick<PrimaryValueEntry, 'review'>>;
  unit?: string;
}) {
  const { lang, t } = useTranslate();
  const text = formatQualified(value.value, value.qualifier, lang);
  return (
    <span className={value.derived ? 'value value-derived' : 'value'}>
      {value.qualifier === 'exact' ? (
        text
      ) : (
        <>
          <span className="visually-hidden">{t(QUALIFIER_WORD[value.qualifier])} </span>
          <span aria-hidden="true">{text}</span>
        </>
      )}
      {value.derived ? (
        <span className="badge badge-derived" title={t('derivedLong')}>
          {t('derived')}
        </span>
      ) : null}
      <ReviewStatusBadge review={value.review} {...(unit !== undefined ? { unit } : {})} />
    </span>
  );
}

/** Results / problems / plans: a number in a "problems" section means something else. */
export function SectionKindBadge({ kind }: { kind: ParagraphEntry['sectionKind'] }) {
  const { t } = useTranslate();
  return <span className={`badge badge-section badge-section-${kind}`}>{t(`sectionKind.${kind}`)}</span>;
}

/**
 * Marks a value measured in a variant wording of its indicator (化解率 for the mediation success
 * rate, 调处 for 调解): "※ 化解率" wherever the value is shown, so that a comparison says which
 * values were measured in other words.
 */
export function VariantBadge({ variant }: { variant: string | null | undefined }) {
  const { t } = useTranslate();
  if (!variant) return null;
  return (
    <span className="badge badge-variant" title={t('variantMark', { variant })} data-testid="variant-mark">
      <span aria-hidden="true">※ </span>
      <span className="visually-hidden">{t('variantMark', { variant })}</span>
      <span aria-hidden="true" lang="zh-CN">
        {variant}
      </span>
    </span>
  );
}

/** The extractor's warnings about a value ("办结 49 件多于受理 46 件"), shown beside it. */
export function ValueWarnings({ warnings }: { warnings: readonly ValueWarning[] | undefined }) {
  const { lang, t } = useTranslate();
  if (!warnings || warnings.length === 0) return null;
  return (
    <span className="value-warnings">
      {warnings.map((warning, index) => (
        <span key={`${warning.code}-${index}`} className="value-warning" data-testid="value-warning">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('warningLabel')}: </span>
          {warningText(warning.message, lang)}
        </span>
      ))}
    </span>
  );
}
