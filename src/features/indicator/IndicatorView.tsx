import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { Dataset } from '../../data/dataset';
import { indexQueryOptions } from '../../data/get-data-source';
import { useAbout } from '../../data/get-side-files';
import type { CoverageCell } from '../../data/indicator-coverage';
import { CATALOGUE_VERSION, loadIndicatorReading, type RuleReading } from '../../extract/light';
import { useUi } from '../../state/ui-store';
import { DEFAULT_UI_STATE } from '../../state/url-state';
import { hrefForState } from '../../state/url-sync';
import { IndicatorPicker } from '../../ui/controls/IndicatorPicker';
import { formatNumber, formatUnit } from '../../ui/i18n/format';
import type { Translate } from '../../ui/i18n/i18n';
import { registerMessages } from '../../ui/i18n/i18n';
import { indicatorMessages } from '../../ui/i18n/messages/indicator';
import { useTranslate } from '../../ui/i18n/use-translate';
import { accessDay, Citation } from '../../ui/outputs/Citation';
import { LoadError } from '../../ui/page/LoadError';
import { StateLink } from '../../ui/page/StateLink';
import { indicatorPage, wordList } from './indicator-state';

// This view's words travel with its chunk (src/ui/i18n/i18n.ts).
registerMessages(indicatorMessages);

/** Words of the reports, marked as Chinese whatever the page's language (a screen reader reads them so). */
function Words({ words }: { words: readonly string[] }) {
  const { lang } = useTranslate();
  return (
    <span lang="zh-CN" className="wordings">
      {wordList(words, lang)}
    </span>
  );
}

function Rule({ rule, n, count }: { rule: RuleReading; n: number; count: number }) {
  const { lang, t } = useTranslate();
  return (
    <div className="indicator-rule" data-testid="indicator-rule">
      {count > 1 ? <h4>{t('indicator.rule', { n })}</h4> : null}
      <dl className="facts">
        <dt>{t('indicator.subjects')}</dt>
        <dd>
          <Words words={rule.subjects} />
        </dd>
        <dt>{t('indicator.actions')}</dt>
        <dd>
          {rule.actions ? <Words words={rule.actions} /> : t('indicator.actionsNone')}
          {rule.actions && rule.actionOptional ? <span className="muted small"> ({t('indicator.actionOptional')})</span> : null}
        </dd>
        {rule.units ? (
          <>
            <dt>{t('indicator.units')}</dt>
            <dd>
              <Words words={rule.units} />
            </dd>
          </>
        ) : null}
        {rule.topics ? (
          <>
            <dt>{t('indicator.topics')}</dt>
            <dd>
              <Words words={rule.topics} />
            </dd>
          </>
        ) : null}
        <dt>{t('indicator.weight')}</dt>
        <dd>{formatNumber(rule.weight, lang)}</dd>
      </dl>
    </div>
  );
}

function Cell({ cell, t, lang }: { cell: CoverageCell; t: Translate; lang: 'zh' | 'en' }) {
  const of = formatNumber(cell.reporting, lang);
  if (cell.reporting === 0) return <td className="muted">—</td>;
  if (cell.withValue === null) return <td title={t('indicator.cellUnknownLabel', { of })}>{t('indicator.cell', { n: '?', of })}</td>;
  const n = formatNumber(cell.withValue, lang);
  return <td title={t('indicator.cellLabel', { n, of })}>{t('indicator.cell', { n, of })}</td>;
}

/**
 * 指标说明 (`?view=indicator&indicator=<id>`): one indicator's page, as the best public data sites
 * have them — its definition, the wordings the extractor counts (from its own rules) and its
 * variants, what is not counted, how values are extracted and checked, its coverage by level and
 * year over the whole dataset, and how to cite it.
 */
export function IndicatorView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const indicatorId = useUi((state) => state.indicator);
  const openIndicatorPage = useUi((state) => state.openIndicatorPage);
  const selectIndicator = useUi((state) => state.selectIndicator);
  const setView = useUi((state) => state.setView);
  const setGroup = useUi((state) => state.setGroup);
  const source = useQuery(indexQueryOptions);
  const about = useAbout();
  // The extractor's rules as words: a chunk of their own, fetched beside the page's.
  const readingModule = useQuery({ queryKey: ['indicator-reading'], queryFn: loadIndicatorReading, staleTime: Number.POSITIVE_INFINITY });
  const rules = readingModule.data;
  const manifest = source.data?.kind === 'sharded' ? source.data.manifest : null;
  const page = useMemo(
    () => indicatorPage(dataset, indicatorId, manifest, rules?.indicatorReading ?? null),
    [dataset, indicatorId, manifest, rules],
  );
  if (!page) return <p>{t('indicator.unknown', { id: indicatorId ?? '' })}</p>;
  const { indicator, reading, coverage } = page;
  const other = lang === 'zh' ? 'en' : 'zh';
  const labelOf = (id: string) => dataset.indicatorById.get(id)?.label[lang] ?? id;
  const dataCatalogue = about.data?.catalogueVersion;
  const citeUrl = new URL(hrefForState({ ...DEFAULT_UI_STATE, view: 'indicator', indicator: indicator.id, lang }), window.location.href)
    .href;

  return (
    <section className="view view-indicator" aria-labelledby="indicator-heading">
      <p className="muted small indicator-eyebrow">
        {t('indicator.eyebrow')}
        {indicator.headline ? ` · ★ ${t('indicator.headline')}` : ''}
      </p>
      <h2 id="indicator-heading" data-testid="indicator-heading">
        {indicator.label[lang]}
      </h2>
      <p className="muted" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {indicator.label[other]}
      </p>
      <dl className="facts">
        <dt>{t('indicator.id')}</dt>
        <dd>
          <code>{indicator.id}</code>
        </dd>
        <dt>{t('indicator.theme')}</dt>
        <dd>{indicator.themeLabel[lang]}</dd>
        <dt>{t('indicator.unit')}</dt>
        <dd>{formatUnit(indicator.unit, lang)}</dd>
      </dl>
      <div className="controls indicator-controls">
        <IndicatorPicker dataset={dataset} indicator={indicator} onChange={openIndicatorPage} />
      </div>
      <p className="indicator-see">
        {t('indicator.see')}{' '}
        {(['compare', 'trend'] as const).map((view) => (
          <span key={view}>
            <StateLink
              to={{ view, indicator: indicator.id }}
              onNavigate={() => {
                selectIndicator(indicator.id);
                setView(view);
              }}
            >
              {t(`view.${view}`)}
            </StateLink>{' '}
            ·{' '}
          </span>
        ))}
        <StateLink
          to={{ view: 'coverage', group: indicator.theme }}
          onNavigate={() => {
            setGroup(indicator.theme);
            setView('coverage');
          }}
        >
          {t('view.coverage')}
        </StateLink>
      </p>

      <section aria-labelledby="indicator-definition" className="about-topic">
        <h3 id="indicator-definition">{t('indicator.definition')}</h3>
        <p data-testid="indicator-definition">{indicator.definition[lang]}</p>
      </section>

      {readingModule.isPending ? <p role="status">{t('loading')}</p> : null}
      {readingModule.isError ? <LoadError error={readingModule.error} onRetry={() => void readingModule.refetch()} /> : null}
      {reading && rules ? (
        <>
          <section aria-labelledby="indicator-wordings" className="about-topic" data-testid="indicator-wordings">
            <h3 id="indicator-wordings">{t('indicator.wordings')}</h3>
            <p>{t('indicator.wordingsIntro')}</p>
            <p className="muted small">{t('indicator.notation')}</p>
            {dataCatalogue !== undefined && dataCatalogue !== CATALOGUE_VERSION ? (
              <p role="note">{t('indicator.catalogueDiffers', { data: dataCatalogue, code: CATALOGUE_VERSION })}</p>
            ) : null}
            {reading.rules.map((rule, i) => (
              <Rule key={i} rule={rule} n={i + 1} count={reading.rules.length} />
            ))}
            <h4>{t('indicator.variants')}</h4>
            <p data-testid="indicator-variants">
              {reading.variants.length > 0
                ? t('indicator.variantsText', { list: wordList(reading.variants, lang) })
                : t('indicator.variantsNone')}
            </p>
          </section>

          <section aria-labelledby="indicator-not-counted" className="about-topic" data-testid="indicator-not-counted">
            <h3 id="indicator-not-counted">{t('indicator.notCounted')}</h3>
            {reading.notCounted.length > 0 ? (
              <>
                <p>{t('indicator.notThis')}</p>
                <ul>
                  {reading.notCounted.map((note) => (
                    <li key={note.en}>{note[lang]}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {reading.rules.map((rule, i) =>
              rule.excluded.length > 0 ? (
                <p key={i}>
                  {t('indicator.excluded', { n: i + 1 })} <Words words={rule.excluded} />
                </p>
              ) : null,
            )}
            <p>{t('indicator.neverCounted')}</p>
            <ul>
              {rules.NEVER_COUNTED.map((note) => (
                <li key={note.en}>{note[lang]}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="indicator-how" className="about-topic" data-testid="indicator-how">
            <h3 id="indicator-how">{t('indicator.how')}</h3>
            <p>{t('indicator.how1')}</p>
            {reading.derivedFrom ? (
              <p data-testid="indicator-derived">
                {t('indicator.derived', {
                  numerator: labelOf(reading.derivedFrom.numerator),
                  denominator: labelOf(reading.derivedFrom.denominator),
                })}
              </p>
            ) : null}
            {reading.usedFor.map((recipe) => (
              <p key={recipe.rate}>
                {t('indicator.usedFor', {
                  other: labelOf(recipe.numerator === indicator.id ? recipe.denominator : recipe.numerator),
                  rate: labelOf(recipe.rate),
                })}
              </p>
            ))}
            <p>{t('indicator.checks')}</p>
            <ul>
              {reading.checks.map((check) => (
                <li key={check}>{t(`indicator.check.${check}`, { points: rules.RATE_AGREEMENT_POINTS })}</li>
              ))}
            </ul>
          </section>
        </>
      ) : null}

      <section aria-labelledby="indicator-coverage" className="about-topic">
        <h3 id="indicator-coverage">{t('indicator.coverage')}</h3>
        <p>{t('indicator.coverageIntro')}</p>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="indicator-coverage">
          <table className="data-table indicator-coverage" data-testid="indicator-coverage">
            <thead>
              <tr>
                <th scope="col">{t('indicator.level')}</th>
                <th scope="col">{t('indicator.anyYear')}</th>
                {coverage.years.map((year) => (
                  <th key={year} scope="col">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[
                ...coverage.rows.map((row) => ({ key: row.group, name: t(`indicator.group.${row.group}`), row })),
                { key: 'total', name: t('indicator.total'), row: coverage.total },
              ].map(({ key, name, row }) => (
                <tr key={key} data-group={key}>
                  <th scope="row">{name}</th>
                  <Cell cell={{ reporting: row.places, withValue: row.withValue }} t={t} lang={lang} />
                  {row.cells.map((cell, y) => (
                    <Cell key={coverage.years[y]} cell={cell} t={t} lang={lang} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {coverage.total.cells.some((cell) => cell.withValue === null) ? <p className="muted small">{t('indicator.unknownNote')}</p> : null}
      </section>

      <section aria-labelledby="indicator-cite" className="about-topic">
        <h3 id="indicator-cite">{t('indicator.cite')}</h3>
        <Citation
          input={{
            about: about.data ?? null,
            url: citeUrl,
            accessed: accessDay(),
            indicator: { id: indicator.id, label: indicator.label },
          }}
        />
      </section>
    </section>
  );
}
