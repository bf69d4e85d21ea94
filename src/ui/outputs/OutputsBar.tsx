import { lazy, Suspense, useState } from 'react';

import { useTranslate } from '../i18n/use-translate';
import type { OutputsBarProps } from './outputs-types';

export type { OutputsBarProps, OutputsChart, OutputsPicture } from './outputs-types';

// What downloads need (tidy rows, detail loading, image rendering) loads when the panel is opened.
const OutputsBody = lazy(() => import('./OutputsBody'));

/**
 * Downloads for a view: the tidy table of what is on screen or of everything (CSV, JSON, or both
 * with a README in a zip), with every value's quote, and the view's chart or grid as a PNG or SVG
 * ready for a slide. The panel's contents (src/ui/outputs/OutputsBody.tsx) load when it is first opened.
 */
export function OutputsBar(props: OutputsBarProps) {
  const { t } = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <details className="outputs" data-testid="outputs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('outputs')}</summary>
      {open ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <OutputsBody {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
