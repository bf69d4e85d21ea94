import { type ComponentType, lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from 'react';

import type { Dataset } from '../data/dataset';
import { useDataset } from '../data/get-dataset';
import { useLocalReports } from '../data/get-local-reports';
import { preloadDetailReading } from '../data/get-report-detail';
import { useReviewedDataset } from '../data/get-review-overlay';
import { useReviewQueueOrder } from '../data/get-review-queue';
import { useDatasetValues } from '../data/get-values';
import { onlyReviewedValues } from '../data/review-overlay';
import { LocalDropTarget } from '../features/local/LocalDropTarget';
import { noticeStore } from '../state/notice-store';
import { uiStore, useUi } from '../state/ui-store';
import { correctUiState } from '../state/url-corrections';
import { pickUiState, type View, VIEWS } from '../state/url-state';
import { replaceUiState } from '../state/url-sync';
import { loadLanguage, whenLanguageLoaded } from '../ui/i18n/i18n';
import { LanguageProvider, useTranslate } from '../ui/i18n/use-translate';
import { ShareButton } from '../ui/outputs/ShareButton';
import { useFocusKeptAcrossReload } from '../ui/page/keep-focus';
import { LoadError } from '../ui/page/LoadError';
import { StateLink } from '../ui/page/StateLink';
import { UrlNotice } from '../ui/page/UrlNotice';
import { whenIdle } from '../ui/page/when-idle';
import { SyntheticBanner } from './SyntheticBanner';
import { TownsNeedProvince } from './TownsNeedProvince';
import { ValuesLoadError } from './ValuesLoadError';
import { VIEW_REGISTRY, type ViewEntry } from './view-registry';
import { shownScope } from './view-scopes';

// The drill-down loads in a chunk of its own (the views: view-registry.tsx), fetched once the page
// is idle after the first view is drawn, so that opening a source waits only for its detail.
type SourcePanelComponent = ComponentType<{ dataset: Dataset; source: string }>;
/** The panel once its chunk has arrived (see {@link SourcePanelSlot}). */
let loadedSourcePanel: SourcePanelComponent | null = null;
const loadSourcePanel = () =>
  import('../features/source/SourcePanel').then((module) => {
    loadedSourcePanel = module.SourcePanel;
    return module;
  });
const LazySourcePanel = lazy(() => loadSourcePanel().then((module) => ({ default: module.SourcePanel })));

/**
 * The source panel, mounted directly when its code is here already: a lazy component suspends on
 * its first render even then, and React holds a boundary's content back for 300 ms after showing
 * its fallback, which was most of the time from a click to the quote. Chosen once per opening, so
 * that an open panel is never mounted twice.
 */
function SourcePanelSlot({ dataset, source }: { dataset: Dataset; source: string }) {
  const [Panel] = useState<SourcePanelComponent>(() => loadedSourcePanel ?? LazySourcePanel);
  return (
    <Suspense fallback={null}>
      <Panel dataset={dataset} source={source} />
    </Suspense>
  );
}

function ViewNav() {
  const { t } = useTranslate();
  const view = useUi((state) => state.view);
  const setView = useUi((state) => state.setView);
  const local = useLocalReports();
  const localCount = local.data?.records.length ?? 0;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // On a phone the tabs are one row that scrolls sideways: the current tab is brought into it
    // (the row's own scroll only, never the page's).
    const row = list.current;
    const current = row?.querySelector('[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    const box = row.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    if (tab.left < box.left || tab.right > box.right) row.scrollLeft += tab.left - box.left - (box.width - tab.width) / 2;
  }, [view]);
  return (
    <nav className="view-nav" aria-label={t('viewsNav')}>
      <ul ref={list}>
        {VIEWS.filter((option) => VIEW_REGISTRY[option].tab !== false).map((option: View) => (
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
    <button
      type="button"
      className="lang-switch"
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('switchLanguageLabel')}
      // The other language's words load on the way to a click (a chunk of their own for English);
      // the switch happens once they are here, so that no word shows as its key.
      onPointerEnter={() => void loadLanguage(other).catch(() => undefined)}
      onFocus={() => void loadLanguage(other).catch(() => undefined)}
      onClick={() => whenLanguageLoaded(other, () => setLang(other))}
    >
      {t('switchLanguage')}
    </button>
  );
}

/**
 * Values of the address the data does not have (an unknown indicator, a year nobody reported on…)
 * are replaced by their defaults in place, and the page says so (src/state/url-corrections.ts).
 * A component of its own that draws nothing: it reads the whole UI state, and re-rendering the
 * app (and with it the view) on every change of the store cost each switch and source a render.
 */
function UrlCorrections({ dataset }: { dataset: Dataset | undefined }) {
  const state = useUi((s) => s);
  useEffect(() => {
    if (!dataset) return;
    const corrected = correctUiState(dataset, pickUiState(state));
    if (corrected.corrections.length === 0) return;
    noticeStore.getState().add(corrected.corrections);
    replaceUiState(uiStore, corrected.state);
  }, [dataset, state]);
  return null;
}

/**
 * The view, given the dataset its registry entry asks for, once that dataset is there. Memoised:
 * the app re-renders for what it shows itself (a source opening, the language), and the view then
 * re-renders only for its own props and the store slices it reads.
 */
const ViewBody = memo(function ViewBody({
  entry,
  loaded,
  shown,
}: {
  entry: ViewEntry;
  loaded: Dataset | undefined;
  shown: Dataset | undefined;
}) {
  if (entry.dataset === 'none') {
    const Component = entry.Component as ComponentType<Record<string, never>>;
    return <Component />;
  }
  const dataset = entry.dataset === 'loaded' ? loaded : shown;
  if (!dataset) return null;
  const Component = entry.Component as ComponentType<{ dataset: Dataset }>;
  return <Component dataset={dataset} />;
});

/** The single page: header, view tabs, the active view and, when a source is open, its panel. */
export function App() {
  const { lang, t } = useTranslate();
  const view = useUi((state) => state.view);
  const level = useUi((state) => state.level);
  const province = useUi((state) => state.province);
  const year = useUi((state) => state.year);
  const places = useUi((state) => state.jurisdictions);
  const report = useUi((state) => state.report);
  const indicator = useUi((state) => state.indicator);
  const entry = VIEW_REGISTRY[view];
  // The parts of a sharded folder the view reads (src/data/shard-selection.ts).
  const scope = useMemo(
    () => shownScope(entry, { level, province, year, jurisdictions: places, report, indicator }),
    [entry, level, province, year, places, report, indicator],
  );
  const base = useDataset(scope);
  const source = useUi((state) => state.source);
  const needed = useMemo(() => entry.needs(base.data, indicator), [entry, base.data, indicator]);
  const values = useDatasetValues(base.data, needed);
  const dataset = base.isError || base.isPending ? base : values;
  const notLoaded = dataset === values ? values.notLoaded : [];
  // This browser's review decisions over the data (the queue reads them itself, without re-ranking
  // on every decision), then the "reviewed values only" filter.
  const reviewedOnly = useUi((state) => state.reviewedOnly);
  const reviewed = useReviewedDataset(entry.dataset === 'shown' ? dataset.data : undefined);
  const shown = useMemo(() => (reviewed && reviewedOnly ? onlyReviewedValues(reviewed) : reviewed), [reviewed, reviewedOnly]);
  // Opening on the queue: its code and its order file load beside the catalogue, not after it.
  useReviewQueueOrder(base.data, view === 'review');
  useEffect(() => {
    void entry.preload?.();
  }, [entry]);
  const drawn = shown !== undefined;
  // A switch to data not loaded yet takes the view (and the control just used) off screen.
  const mainRef = useRef<HTMLElement>(null);
  useFocusKeptAcrossReload(mainRef, drawn);
  useEffect(() => {
    if (!drawn) return undefined;
    return whenIdle(() => {
      void loadSourcePanel();
      void preloadDetailReading();
    });
  }, [drawn]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);

  return (
    <LanguageProvider>
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
        <UrlCorrections dataset={base.data} />
        <UrlNotice />
        <LocalDropTarget />
        <main id="main" ref={mainRef} tabIndex={-1} aria-busy={values.isStale || undefined}>
          {dataset.isPending && view !== 'add' ? <p role="status">{t('loading')}</p> : null}
          {base.isError ? (
            <>
              <p>{t('indexError')}</p>
              <LoadError error={base.error} onRetry={() => void base.refetch()} />
            </>
          ) : null}
          {base.data && dataset === values && values.isError ? (
            <ValuesLoadError
              base={base.data}
              failed={values.failed}
              onRetry={() => void values.refetch()}
              canPickAnother={entry.drawsOneIndicator}
            />
          ) : null}
          {notLoaded.length > 0 ? (
            <LoadError
              lead={t('valuesNotLoaded', { names: notLoaded.map((item) => item.indicator.label[lang]).join(lang === 'zh' ? '、' : ', ') })}
              error={notLoaded[0]!.error}
              onRetry={() => void values.refetch()}
            />
          ) : null}
          {base.data ? <SyntheticBanner dataset={base.data} /> : null}
          {base.data && entry.showsPlaces ? <TownsNeedProvince dataset={base.data} /> : null}
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ViewBody entry={entry} loaded={dataset.data} shown={shown} />
          </Suspense>
        </main>
        {shown && source ? <SourcePanelSlot dataset={shown} source={source} /> : null}
        <footer className="app-footer muted">{t('footer')}</footer>
      </div>
    </LanguageProvider>
  );
}
