import { lazy, Suspense, useEffect, useMemo } from 'react';

import { CompareView } from '../features/compare/CompareView';
import { LocalDropTarget } from '../features/local/LocalDropTarget';
import { wantedIndicator, type Dataset } from '../data/dataset';
import { useDataset } from '../data/get-dataset';
import { useLocalReports } from '../data/get-local-reports';
import { useDatasetValues, type NeededValues } from '../data/get-values';
import { useReviewedDataset } from '../data/get-review-overlay';
import { useReviewQueueOrder } from '../data/get-review-queue';
import { onlyReviewedValues } from '../data/review-overlay';
import { noticeStore } from '../state/notice-store';
import { uiStore, useUi } from '../state/ui-store';
import { correctUiState } from '../state/url-corrections';
import { replaceUiState } from '../state/url-sync';
import { pickUiState, VIEWS, type View } from '../state/url-state';
import { LoadError } from '../ui/LoadError';
import { ShareButton } from '../ui/ShareButton';
import { StateLink } from '../ui/StateLink';
import { UrlNotice } from '../ui/UrlNotice';
import { useTranslate } from '../ui/use-translate';
import { SyntheticBanner } from './SyntheticBanner';
import { TownsNeedProvince } from './TownsNeedProvince';
import { ValuesLoadError } from './ValuesLoadError';

// The first chart is the compare view's: every other view, and the drill-down, loads in a chunk of
// its own when it is opened, so that the JavaScript before the first chart stays under 300 kB gzip.
const TrendView = lazy(() => import('../features/trend/TrendView').then((module) => ({ default: module.TrendView })));
const CoverageView = lazy(() => import('../features/coverage/CoverageView').then((module) => ({ default: module.CoverageView })));
const ReportView = lazy(() => import('../features/report/ReportView').then((module) => ({ default: module.ReportView })));
const ProfileView = lazy(() => import('../features/profile/ProfileView').then((module) => ({ default: module.ProfileView })));
const SourcePanel = lazy(() => import('../features/source/SourcePanel').then((module) => ({ default: module.SourcePanel })));
const BriefingView = lazy(() => import('../features/briefing/BriefingView').then((module) => ({ default: module.BriefingView })));
const AboutView = lazy(() => import('../features/about/AboutView').then((module) => ({ default: module.AboutView })));
const AddReportView = lazy(() => import('../features/local/AddReportView').then((module) => ({ default: module.AddReportView })));
/** The review queue's chunk is also fetched ahead when the page opens on it (see App). */
const loadReviewQueueView = () => import('../features/review/ReviewQueueView');
const ReviewQueueView = lazy(() => loadReviewQueueView().then((module) => ({ default: module.ReviewQueueView })));

function ViewNav() {
  const { t } = useTranslate();
  const view = useUi((state) => state.view);
  const setView = useUi((state) => state.setView);
  const local = useLocalReports();
  const localCount = local.data?.records.length ?? 0;
  return (
    <nav className="view-nav" aria-label={t('viewsNav')}>
      <ul>
        {VIEWS.map((option: View) => (
          <li key={option} className={option === 'add' ? 'view-nav-add' : undefined}>
            <StateLink to={{ view: option }} onNavigate={() => setView(option)} aria-current={option === view ? 'page' : undefined}>
              {option === 'add' && localCount > 0 ? t('view.addCount', { n: localCount }) : t(`view.${option}`)}
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
    <button type="button" className="lang-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} aria-label={t('switchLanguageLabel')} onClick={() => setLang(other)}>
      {t('switchLanguage')}
    </button>
  );
}

/**
 * The values a view needs: compare and trend draw one indicator (the first chart needs only its
 * file); the briefing its headline indicators; coverage, the reader and the profile read every
 * indicator of what they show; the about page and adding reports need none, nor the review queue
 * (its order is a file of its own, each value read from its report's detail file).
 */
function neededValues(view: View, base: Dataset | undefined, indicator: string | null): NeededValues {
  if (view === 'review') return [];
  if (view === 'compare' || view === 'trend') {
    const wanted = base ? wantedIndicator(base, indicator) : null;
    return wanted ? [wanted.id] : [];
  }
  if (view === 'briefing') return base ? base.indicators.filter((entry) => entry.headline).map((entry) => entry.id) : [];
  if (view === 'about' || view === 'add') return [];
  return 'all';
}

/**
 * Values of the address the data does not have (an unknown indicator, a year nobody reported on…)
 * are replaced by their defaults in place, and the page says so (src/state/url-corrections.ts).
 */
function useUrlCorrections(dataset: Dataset | undefined) {
  const state = useUi((s) => s);
  useEffect(() => {
    if (!dataset) return;
    const corrected = correctUiState(dataset, pickUiState(state));
    if (corrected.corrections.length === 0) return;
    noticeStore.getState().add(corrected.corrections);
    replaceUiState(uiStore, corrected.state);
  }, [dataset, state]);
}

/** The single page: header, view tabs, the active view and, when a source is open, its panel. */
export function App() {
  const { lang, t } = useTranslate();
  const view = useUi((state) => state.view);
  const level = useUi((state) => state.level);
  const province = useUi((state) => state.province);
  const year = useUi((state) => state.year);
  const places = useUi((state) => state.jurisdictions);
  const report = useUi((state) => state.report);
  // Only the compare view draws one year; the others read across years (src/data/shard-selection.ts).
  const indicator = useUi((state) => state.indicator);
  const scope = useMemo(
    () => ({
      oneYear: view === 'compare',
      level,
      province,
      year,
      named: report === null ? places : [...places, report],
      ...(view === 'compare' || view === 'trend' ? { drawn: indicator } : {}),
    }),
    [view, level, province, year, places, report, indicator],
  );
  const base = useDataset(scope);
  const source = useUi((state) => state.source);
  const needed = useMemo(() => neededValues(view, base.data, indicator), [view, base.data, indicator]);
  const values = useDatasetValues(base.data, needed);
  const dataset = base.isError || base.isPending ? base : values;
  const notLoaded = dataset === values ? values.notLoaded : [];
  useUrlCorrections(base.data);
  // This browser's review decisions over the data (the queue reads them itself, without re-ranking
  // on every decision), then the "reviewed values only" filter.
  const reviewedOnly = useUi((state) => state.reviewedOnly);
  const reviewed = useReviewedDataset(view === 'review' ? undefined : dataset.data);
  const shown = useMemo(() => (reviewed && reviewedOnly ? onlyReviewedValues(reviewed) : reviewed), [reviewed, reviewedOnly]);
  // Opening on the queue: its code and its order file load beside the catalogue, not after it.
  useReviewQueueOrder(base.data, view === 'review');
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
      <UrlNotice />
      <LocalDropTarget />
      <main id="main" tabIndex={-1} aria-busy={values.isStale || undefined}>
        {dataset.isPending && view !== 'add' ? <p role="status">{t('loading')}</p> : null}
        {base.isError ? (
          <>
            <p>{t('indexError')}</p>
            <LoadError error={base.error} onRetry={() => void base.refetch()} />
          </>
        ) : null}
        {base.data && dataset === values && values.isError ? (
          <ValuesLoadError base={base.data} failed={values.failed} onRetry={() => void values.refetch()} canPickAnother={view === 'compare' || view === 'trend'} />
        ) : null}
        {notLoaded.length > 0 ? (
          <LoadError
            lead={t('valuesNotLoaded', { names: notLoaded.map((item) => item.indicator.label[lang]).join(lang === 'zh' ? '、' : ', ') })}
            error={notLoaded[0]!.error}
            onRetry={() => void values.refetch()}
          />
        ) : null}
        {base.data ? <SyntheticBanner dataset={base.data} /> : null}
        {base.data && view !== 'add' && view !== 'about' ? <TownsNeedProvince dataset={base.data} /> : null}
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          {view === 'add' ? <AddReportView /> : null}
          {dataset.data && view === 'review' ? <ReviewQueueView dataset={dataset.data} /> : null}
          {shown && view !== 'review' ? (
            <>
              {view === 'compare' ? <CompareView dataset={shown} /> : null}
              {view === 'trend' ? <TrendView dataset={shown} /> : null}
              {view === 'coverage' ? <CoverageView dataset={shown} /> : null}
              {view === 'report' ? <ReportView dataset={shown} /> : null}
              {view === 'profile' ? <ProfileView dataset={shown} /> : null}
              {view === 'briefing' ? <BriefingView dataset={shown} /> : null}
              {view === 'about' ? <AboutView dataset={shown} /> : null}
            </>
          ) : null}
        </Suspense>
      </main>
      {shown && source ? (
        <Suspense fallback={null}>
          <SourcePanel dataset={shown} source={source} />
        </Suspense>
      ) : null}
      <footer className="app-footer muted">{t('footer')}</footer>
    </div>
  );
}
