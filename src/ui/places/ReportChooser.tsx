import { useState } from 'react';

import { type Dataset, jurisdictionName } from '../../data/dataset';
import type { ReportEntry } from '../../data/schema';
import { useUi } from '../../state/ui-store';
import type { View } from '../../state/url-state';
import { formatYear } from '../i18n/format';
import { useTranslate } from '../i18n/use-translate';
import { StateLink } from '../page/StateLink';
import { KindBadges, LocalBadge } from '../values/badges';
import { PlaceChooser } from './PlaceChooser';

/**
 * A report chosen in two steps, for the reader and the profile: a place (the place picker: name,
 * pinyin or initials, among every place of the data), then one of its reports by year, newest
 * first. A list of every report (16,000 at national scale) in one `<select>` could be neither
 * searched nor read. Choosing a place opens its latest report; the year list offers the others.
 */
export function ReportChooser({
  dataset,
  current,
  view,
  onOpen,
}: {
  dataset: Dataset;
  current: ReportEntry | undefined;
  view: Extract<View, 'report' | 'profile'>;
  onOpen: (reportId: string) => void;
}) {
  const { lang, t } = useTranslate();
  const jurisdictions = useUi((s) => s.jurisdictions);
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  // The place picked here, for the report it was picked beside: once another report opens (a link,
  // back and forward), the place is that report's again. null: the user cleared the place.
  const [picked, setPicked] = useState<{ forReport: string | null; place: string | null } | null>(null);
  const currentId = current?.id ?? null;
  const place = picked !== null && picked.forReport === currentId ? picked.place : (current?.jurisdictionId ?? null);
  const reports = place === null ? [] : [...(dataset.reportsByJurisdiction.get(place) ?? [])].reverse();
  const name = place === null ? '' : jurisdictionName(dataset.jurisdictionById.get(place), place);

  const choose = (ids: string[]) => {
    const next = ids.at(-1) ?? null;
    setPicked({ forReport: currentId, place: next });
    if (next === null) return;
    const latest = dataset.reportsByJurisdiction.get(next)?.at(-1);
    if (latest) {
      onOpen(latest.id);
      return;
    }
    // A place of the search index whose part of a sharded folder is not loaded: naming it in the
    // address (`j`) makes the app load that part; its reports are listed once they arrive.
    if (!dataset.jurisdictionById.has(next) && !jurisdictions.includes(next)) setJurisdictions([...jurisdictions, next]);
  };

  return (
    <div className="report-chooser">
      <PlaceChooser
        dataset={dataset}
        selected={place === null ? [] : [place]}
        onChange={choose}
        label={t('reportChooser.place')}
        multiple={false}
      />
      {place !== null ? (
        reports.length > 0 ? (
          <nav className="report-years" aria-label={t('reportChooser.years', { name })}>
            <span className="report-years-label" aria-hidden="true">
              {t('reportChooser.yearsLabel')}
            </span>
            <ul>
              {reports.map((report) => (
                <li key={report.id}>
                  <StateLink
                    to={{ view, report: report.id, extraction: null, source: null }}
                    onNavigate={() => onOpen(report.id)}
                    aria-current={report.id === currentId ? 'page' : undefined}
                  >
                    {formatYear(report.year, lang)}
                  </StateLink>
                  <KindBadges report={report} />
                  {report.local ? <LocalBadge /> : null}
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p className="muted small" role="status">
            {dataset.jurisdictionById.has(place) ? t('reportChooser.noReports', { name }) : t('reportChooser.loading')}
          </p>
        )
      ) : null}
    </div>
  );
}
