import type { ReportEntry } from '../../data/schema';
import { registerMessages } from '../i18n/i18n';
import { reportMessages } from '../i18n/messages/report';
import { useTranslate } from '../i18n/use-translate';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reportMessages);

/**
 * The address of a report's original web page, when it is one a link may point to: an absolute
 * http(s) address (the schema already refuses others; this is the last check before an `href`).
 */
export function originalPageUrl(report: Pick<ReportEntry, 'sourceUrl'>): string | null {
  if (!report.sourceUrl) return null;
  try {
    const url = new URL(report.sourceUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The day a report was retrieved (YYYY-MM-DD, UTC as recorded), or null. */
export function retrievalDate(report: Pick<ReportEntry, 'retrievedAt'>): string | null {
  return report.retrievedAt && /^\d{4}-\d{2}-\d{2}/.test(report.retrievedAt) ? report.retrievedAt.slice(0, 10) : null;
}

/** A link to a report's original page that opens in a new window and tells that page nothing about the atlas. */
export function OriginalPageLink({ url }: { url: string }) {
  const { t } = useTranslate();
  return (
    <a
      className="original-page"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={t('originalPageTitle')}
      data-testid="original-page"
    >
      {url}
    </a>
  );
}

/**
 * 原文网页 and 获取日期 as entries of a `<dl>`, beside the source file: where a collected report was
 * published and when it was fetched. Renders nothing for a report whose page is unknown.
 */
export function OriginFacts({ report }: { report: Pick<ReportEntry, 'sourceUrl' | 'retrievedAt'> }) {
  const { t } = useTranslate();
  const url = originalPageUrl(report);
  const date = retrievalDate(report);
  return (
    <>
      {url ? (
        <>
          <dt>{t('originalPage')}</dt>
          <dd>
            <OriginalPageLink url={url} />
          </dd>
        </>
      ) : null}
      {date ? (
        <>
          <dt>{t('retrievedOn')}</dt>
          <dd data-testid="retrieved-on">{date}</dd>
        </>
      ) : null}
    </>
  );
}
