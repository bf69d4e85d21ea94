import { lazy, Suspense, useEffect, useMemo } from 'react';

import { CompareView } from '../features/compare/CompareView';
import { CoverageView } from '../features/coverage/CoverageView';
import { LocalReportsPanel } from '../features/local/LocalReportsPanel';
import { ProfileView } from '../features/profile/ProfileView';
import { ReportView } from '../features/report/ReportView';
import { SourcePanel } from '../features/source/SourcePanel';
import { TrendView } from '../features/trend/TrendView';
import { wantedIndicator, type Dataset } from '../data/dataset';
import { useDataset, useDatasetValues, type NeededValues } from '../data/get-index';
import { useReviewedDataset } from '../data/get-review-overlay';
import { useReviewQueueOrder } from '../data/get-review-queue';
import { onlyReviewedValues } from '../data/review-overlay';
import { useUi } from '../state/ui-store';
import { VIEWS, type View } from '../state/url-state';
import { LoadError } from '../ui/LoadError';
import { ShareButton } from '../ui/ShareButton';
import { StateLink } from '../ui/StateLink';
import { useTranslate } from '../ui/use-translate';

/** The review queue is loaded when opened: its code is not the first chart's. */
const loadReviewQueueView = () => import('../features/review/ReviewQueueView');
const ReviewQueueView = lazy(() => loadReviewQueueView().then((module) => ({ default: module.ReviewQueueView })));

function ViewNav() {
  const { t } = useTranslate();
  const view = useUi((state) => state.view);
  const setView = useUi((state) => state.setView);
  return (
    <nav className="view-nav" aria-label={t('viewsNav')}>
      <ul>
        {VIEWS.map((option: View) => (
          <li key={option}>
            <StateLink
              to={{ view: option }}
              onNavigate={() => setView(option)}
              aria-current={option === view ? 'page' : undefined}
            >
              {t(`view.${option}`)}
            </StateLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { lang, t } = useTranslate();
  const setLang = useUi((state) => state.setLang);
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('switchLanguageLabel')}
      onClick={() => setLang(other)}
    >
      {t('switchLanguage')}
    </button>
  );
}

/**
 * The values a view needs: compare and trend draw one indicator (the first chart needs only its
 * file); the review queue none (its order is a file of its own, each value read from its report's
 * detail file); coverage, the reader and the profile read every indicator of what they show.
 */
function neededValues(view: View, base: Dataset | undefined, indicator: string | null): NeededValues {
  if (view === 'review') return [];
  if (view === 'compare' || view === 'trend') {
    const wanted = base ? wantedIndicator(base, indicator) : null;
    return wanted ? [wanted.id] : [];
  }
  return 'all';
}

/** The single page: header, view tabs, the active view and, when a source is open, its panel. */
export function App() {
  const { lang, t } = useTranslate();
  const base = useDataset();
  const view = useUi((state) => state.view);
  const source = useUi((state) => state.source);
  const indicator = useUi((state) => state.indicator);
  const needed = useMemo(() => neededValues(view, base.data, indicator), [view, base.data, indicator]);
  const values = useDatasetValues(base.data, needed);
  const dataset = base.isError || base.isPending ? base : values;
  // This browser's review decisions over the data (the queue reads them itself, without re-ranking
  // on every decision), then the "reviewed values only" filter.
  const reviewedOnly = useUi((state) => state.reviewedOnly);
  const reviewed = useReviewedDataset(view === 'review' ? undefined : dataset.data);
  const shown = useMemo(() => (reviewed && reviewedOnly ? onlyReviewedValues(reviewed) : reviewed), [reviewed, reviewedOnly]);
  // Opening on the queue: its code and its order file load beside the catalogue, not after it.
  useReviewQueueOrder(view === 'review');
  useEffect(() => {
    if (view === 'review') void loadReviewQueueView();
  }, [view]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);

  return (
    <div className={source ? 'app app-with-panel' : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="muted">{t('appSubtitle')}</p>
        </div>
        <div className="header-actions">
          <ShareButton />
          <LanguageSwitch />
        </div>
      </header>
      <ViewNav />
      <LocalReportsPanel />
      <main id="main" tabIndex={-1} aria-busy={values.isStale || undefined}>
        {dataset.isPending ? <p role="status">{t('loading')}</p> : null}
        {dataset.isError ? (
          <>
            <p>{t('indexError')}</p>
            <LoadError error={dataset.error} onRetry={() => void dataset.refetch()} />
          </>
        ) : null}
        {dataset.data && view === 'review' ? (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ReviewQueueView dataset={dataset.data} />
          </Suspense>
        ) : null}
        {shown && view !== 'review' ? (
          <>
            {view === 'compare' ? <CompareView dataset={shown} /> : null}
            {view === 'trend' ? <TrendView dataset={shown} /> : null}
            {view === 'coverage' ? <CoverageView dataset={shown} /> : null}
            {view === 'report' ? <ReportView dataset={shown} /> : null}
            {view === 'profile' ? <ProfileView dataset={shown} /> : null}
          </>
        ) : null}
      </main>
      {shown && source ? <SourcePanel dataset={shown} source={source} /> : null}
      <footer className="app-footer muted">{t('footer')}</footer>
    </div>
  );
}
