import './styles/index.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { indexQueryOptions } from './data/get-data-source';
import { noticeStore } from './state/notice-store';
import { uiStore } from './state/ui-store';
import { startUrlSync } from './state/url-sync';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// Values of the address that cannot be used are dropped, and the page says which.
startUrlSync(uiStore, window, (dropped) => noticeStore.getState().add(dropped.map(({ key, value }) => ({ key, value, kind: 'invalid' }))));

// The data folder's entry (the shards' manifest) and the first chart's code (ECharts, its own
// chunk) start loading now, together, before React's first render, not after it.
void queryClient.prefetchQuery(indexQueryOptions);
if (uiStore.getState().view === 'compare') void import('./ui/EChartCanvas');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
