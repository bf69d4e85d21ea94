import { type Dataset, syntheticReportCount } from '../../data/dataset';
import { registerMessages, type Translate } from '../i18n/i18n';
import { outputsMessages } from '../i18n/messages/outputs';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(outputsMessages);

/**
 * The source line under an exported chart or table image: where the numbers come from and when the
 * image was made, and, when the data holds generated reports, that they are synthetic — an image
 * travels without the page's banner, so it carries the warning itself.
 */
export function chartSourceLine(t: Translate, dataset: Dataset, date: string = new Date().toISOString().slice(0, 10)): string {
  const source = t('chartSource', { date });
  return syntheticReportCount(dataset) > 0 ? `${source} · ${t('synthetic.mark')}` : source;
}
