import type { ReactNode } from 'react';

import { useUi } from '../../state/ui-store';
import { StateLink } from '../page/StateLink';

/**
 * An indicator's name as a link to its page (what it counts, how it is read and checked, its
 * coverage, how to cite it): a real link, so that it opens in a new tab too.
 */
export function IndicatorLink({ indicatorId, children }: { indicatorId: string; children: ReactNode }) {
  const openIndicatorPage = useUi((state) => state.openIndicatorPage);
  return (
    <StateLink
      to={{ view: 'indicator', indicator: indicatorId, source: null }}
      onNavigate={() => openIndicatorPage(indicatorId)}
      className="indicator-link"
    >
      {children}
    </StateLink>
  );
}
