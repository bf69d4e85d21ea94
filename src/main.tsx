import './styles/index.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { prefetchOnSwitch } from './app/prefetch-on-switch';
import { VIEW_REGISTRY } from './app/view-registry';
import { shownScope } from './app/view-scopes';
import { indexQueryOptions } from './data/get-data-source';
import { prefetchShownScope } from './data/get-dataset';
import { localReportsQueryOptions } from './data/get-local-reports';
import { noticeStore } from './state/notice-store';
import { uiStore } from './state/ui-store';
import { startUrlSync } from './state/url-sync';
import { loadChartCanvas } from './ui/charts/EChart';
import { isLanguageLoaded, loadLanguage } from './ui/i18n/i18n';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// Values of the address that cannot be used are dropped, and the page says which.
startUrlSync(uiStore, window, (dropped) => noticeStore.getState().add(dropped.map(({ key, value }) => ({ key, value, kind: 'invalid' }))));

// The data folder's entry (the shards' manifest) and the first chart's code (ECharts, its own
// chunk) start loading now, together, before React's first render, not after it; once the
// manifest is read, so do the files of the view the address asks for (index.html preloads the
// manifest and the chart's code, so both are usually here already).
void queryClient.fetchQuery(indexQueryOptions).then(
  (source) => {
    if (source.kind !== 'sharded') return;
    const state = uiStore.getState();
    prefetchShownScope(queryClient, source.manifest, shownScope(VIEW_REGISTRY[state.view], state));
  },
  // The app shows the error (the same query, failed).
  () => undefined,
);
if (uiStore.getState().view === 'compare') void loadChartCanvas();
// Every view's dataset waits for the reports added in this browser (IndexedDB, src/data/get-dataset.ts):
// their store is opened and read now, while the data is fetched, not once React's first render
// has asked for it. The same query: the app finds it settled (or settling).
void queryClient.prefetchQuery(localReportsQueryOptions);
// Then each switch's files, as the store changes rather than once React has rendered the switch.
prefetchOnSwitch(uiStore, queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A Chinese page renders at once; an English one once its words' chunk is here (fetched while the
// data is: the first view waits for its data longer). Should that chunk fail to load, the page is
// still drawn, its words shown by their keys.
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
const lang = uiStore.getState().lang;
if (isLanguageLoaded(lang)) render();
else loadLanguage(lang).then(render, render);
