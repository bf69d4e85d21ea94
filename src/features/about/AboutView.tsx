import { citationFacts } from '../../data/citation';
import { DATA_LICENCE_NOTE } from '../../data/data-licence';
import { type Dataset, defaultYear, groupIndicatorsByTheme, valueCount } from '../../data/dataset';
import { useAbout, usePopulation } from '../../data/get-side-files';
import { DEFAULT_UI_STATE } from '../../state/url-state';
import { hrefForState } from '../../state/url-sync';
import { formatNumber } from '../../ui/i18n/format';
import { type MessageKey, registerMessages } from '../../ui/i18n/i18n';
import { aboutMessages } from '../../ui/i18n/messages/about';
import { useTranslate } from '../../ui/i18n/use-translate';
import { accessDay, Citation } from '../../ui/outputs/Citation';
import { IndicatorLink } from '../../ui/values/IndicatorLink';

// This view's words travel with its chunk (src/ui/i18n/i18n.ts).
registerMessages(aboutMessages);

/** Reports per year (comparable ones), newest first. */
function reportsPerYear(dataset: Dataset): { year: number; reports: number }[] {
  const counts = new Map<number, number>();
  for (const report of dataset.index.reports) if (report.year !== null) counts.set(report.year, (counts.get(report.year) ?? 0) + 1);
  return [...counts].map(([year, reports]) => ({ year, reports })).sort((a, b) => b.year - a.year);
}

/** Paragraphs of one topic, each a message key. */
function Topic({ id, heading, paragraphs }: { id: string; heading: MessageKey; paragraphs: readonly MessageKey[] }) {
  const { t } = useTranslate();
  return (
    <section aria-labelledby={id} className="about-topic">
      <h3 id={id}>{t(heading)}</h3>
      {paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </section>
  );
}

/**
 * 关于数据: what is loaded (reports, places, years; when extracted, with which catalogue; the
 * population table if any), how values are extracted and checked, how to read rank, median and
 * the marks, and how to cite.
 */
export function AboutView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const about = useAbout();
  const population = usePopulation(true);
  const reports = dataset.index.reports;
  const local = reports.filter((report) => report.local).length;
  const synthetic = reports.filter((report) => report.synthetic).length;
  const departments = reports.filter((report) => report.bodyKind === 'department').length;
  const places = new Set(reports.map((report) => report.jurisdictionId)).size;
  const perYear = reportsPerYear(dataset);
  const fallbackYear = defaultYear(dataset);
  const populationSources = population.data
    ? [...new Set(population.data.rows.map((row) => `${row.source}(${row.year})`))].join(lang === 'zh' ? ';' : '; ')
    : '';
  const n = (value: number) => formatNumber(value, lang);
  const facts = citationFacts(about.data ?? null);
  // The site itself (the page's address without its settings), in the page's language.
  const siteUrl = new URL(hrefForState({ ...DEFAULT_UI_STATE, lang }), window.location.href).href;

  return (
    <section className="view view-about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('view.about')}</h2>
      <section aria-labelledby="about-loaded" className="about-topic">
        <h3 id="about-loaded">{t('about.loaded')}</h3>
        <dl className="facts about-facts" data-testid="about-facts">
          <dt>{t('about.reports')}</dt>
          <dd>
            {n(reports.length)}
            {departments > 0 ? ` · ${t('about.departments', { n: n(departments) })}` : ''}
            {local > 0 ? ` · ${t('about.local', { n: n(local) })}` : ''}
            {synthetic > 0 ? ` · ${t('about.synthetic', { n: n(synthetic) })}` : ''}
          </dd>
          <dt>{t('about.places')}</dt>
          <dd>
            {n(places)} · {t('about.provinces', { n: n(dataset.provinces.length) })}
          </dd>
          <dt>{t('about.years')}</dt>
          <dd>
            {perYear.map((entry) => t('about.yearItem', { year: entry.year, n: n(entry.reports) })).join(lang === 'zh' ? ';' : '; ') || '—'}
          </dd>
          <dt>{t('about.defaultYear')}</dt>
          <dd>{fallbackYear ?? '—'}</dd>
          <dt>{t('about.values')}</dt>
          <dd>{t('about.valuesText', { n: n(valueCount(dataset)), indicators: n(dataset.indicators.length) })}</dd>
          <dt>{t('about.newest')}</dt>
          <dd>
            {about.data
              ? (about.data.newestReportDate ?? about.data.generatedAt?.slice(0, 10) ?? '—')
              : about.isPending
                ? t('loading')
                : t('about.unknown')}
          </dd>
          <dt>{t('about.catalogue')}</dt>
          <dd>
            {about.data
              ? t('about.catalogueVersion', { v: about.data.catalogueVersion })
              : about.isPending
                ? t('loading')
                : t('about.unknown')}
          </dd>
          <dt>{t('about.population')}</dt>
          <dd>
            {population.data
              ? t('about.populationLoaded', { file: population.data.file, n: n(population.data.rows.length), sources: populationSources })
              : population.isPending
                ? t('loading')
                : t('about.populationNone')}
          </dd>
        </dl>
      </section>
      <Topic id="about-how" heading="about.howHeading" paragraphs={['about.how1', 'about.how2', 'about.how3', 'about.how4']} />
      <Topic
        id="about-read"
        heading="about.readHeading"
        paragraphs={['about.read1', 'about.read2', 'about.read3', 'about.read4', 'about.read5']}
      />
      <section aria-labelledby="about-indicators" className="about-topic" data-testid="about-indicators">
        <h3 id="about-indicators">{t('about.indicatorsHeading')}</h3>
        <p>{t('about.indicatorsIntro')}</p>
        {groupIndicatorsByTheme(dataset.indicators).map((group) => (
          <p key={group.theme} className="about-indicator-group">
            <span className="muted">{group.themeLabel[lang]}:</span>{' '}
            {group.indicators.map((indicator, i) => (
              <span key={indicator.id}>
                {i > 0 ? (lang === 'zh' ? '、' : ', ') : null}
                <IndicatorLink indicatorId={indicator.id}>{indicator.label[lang]}</IndicatorLink>
              </span>
            ))}
          </p>
        ))}
      </section>
      <section aria-labelledby="about-cite" className="about-topic" data-testid="about-cite">
        <h3 id="about-cite">{t('about.citeHeading')}</h3>
        <p>{t('about.cite1')}</p>
        <dl className="facts" data-testid="about-cite-facts">
          <dt>{t('about.dataVersion')}</dt>
          <dd>{facts.version ?? (about.isPending ? t('loading') : t('about.dataVersionUnknown'))}</dd>
          <dt>{t('about.dataDate')}</dt>
          <dd>
            {facts.date === null
              ? about.isPending
                ? t('loading')
                : t('about.unknown')
              : t(facts.dateKind === 'extracted' ? 'about.dataDateExtracted' : 'about.dataDateNewest', { date: facts.date })}
          </dd>
          <dt>{t('about.catalogue')}</dt>
          <dd>{facts.catalogueVersion === null ? '—' : t('about.catalogueVersion', { v: facts.catalogueVersion })}</dd>
        </dl>
        {about.isPending ? null : <Citation input={{ about: about.data ?? null, url: siteUrl, accessed: accessDay() }} />}
        <p>{t('about.cite2')}</p>
        <h4>{t('about.licenceHeading')}</h4>
        <p data-testid="about-licence">
          {t('about.licenceReports')} {DATA_LICENCE_NOTE[lang]}
        </p>
      </section>
    </section>
  );
}
