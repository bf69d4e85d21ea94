import { useId, useState } from 'react';

import { groupIndicatorsByTheme } from '../../data/dataset';
import type { ExtractionEntry, IndicatorEntry, ReviewFields } from '../../data/schema';
import { QUALIFIERS, SCOPES } from '../../extract/light';
import { registerMessages } from '../i18n/i18n';
import { reviewMessages } from '../i18n/messages/review';
import { useTranslate } from '../i18n/use-translate';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

export interface DecisionFormProps {
  readonly mode: 'correct' | 'add';
  /** The words the value stands on. */
  readonly quote: string;
  readonly indicators: readonly IndicatorEntry[];
  /** What the form starts from: the extractor's reading (correct) or a guess from the words (add). */
  readonly initial: Partial<ReviewFields>;
  /** For a correction: the reading being corrected (saving it unchanged is refused: confirm instead). */
  readonly judged?: ReviewFields;
  onSave(fields: ReviewFields, note: string | null): void;
  onCancel(): void;
}

/** A number as typed: full-width digits, grouping commas and spaces allowed. */
export function parseTypedNumber(text: string): number | null {
  const normalised = text.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/[,,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** A labelled select over one closed list (qualifiers, scopes), each option named by `optionLabel`. */
function ChoiceField<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (option: T) => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The figures of a correction or an added value: indicator, value, qualifier, scope, and a note.
 * The value field takes focus, Enter saves and Escape cancels, so a correction needs no mouse.
 */
export function DecisionForm({ mode, quote, indicators, initial, judged, onSave, onCancel }: DecisionFormProps) {
  const { lang, t } = useTranslate();
  const ids = { indicator: useId(), value: useId(), note: useId(), error: useId() };
  const [indicator, setIndicator] = useState(initial.indicator ?? '');
  const [value, setValue] = useState(initial.value === undefined ? '' : String(initial.value));
  const [qualifier, setQualifier] = useState<ReviewFields['qualifier']>(initial.qualifier ?? 'exact');
  const [scope, setScope] = useState<ReviewFields['scope']>(initial.scope ?? 'own');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groups = groupIndicatorsByTheme(indicators);

  return (
    <form
      className="review-box"
      data-testid="decision-form"
      aria-label={t(mode === 'correct' ? 'review.formTitleCorrect' : 'review.formTitleAdd')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
        // Keys inside the form are the form's, not the review queue's.
        event.stopPropagation();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const number = parseTypedNumber(value);
        if (number === null || !indicator) {
          setError(t('review.formBadValue'));
          return;
        }
        const fields: ReviewFields = { indicator, value: number, qualifier, scope };
        if (
          judged &&
          judged.indicator === fields.indicator &&
          judged.value === fields.value &&
          judged.qualifier === fields.qualifier &&
          judged.scope === fields.scope
        ) {
          setError(t('review.formUnchanged'));
          return;
        }
        onSave(fields, note.trim() ? note.trim() : null);
      }}
    >
      <h4>{t(mode === 'correct' ? 'review.formTitleCorrect' : 'review.formTitleAdd')}</h4>
      <p className="muted small">
        {t('review.formQuote')}: <q lang="zh">{quote}</q>
      </p>
      <div className="decision-form">
        <label htmlFor={ids.value}>
          {t('review.formValue')}
          {/* Focus goes to the number: the form opens on a key press or a click meant to type one. */}
          <input
            id={ids.value}
            inputMode="decimal"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            autoFocus
            aria-describedby={error ? ids.error : undefined}
            data-testid="decision-value"
          />
        </label>
        <label htmlFor={ids.indicator}>
          {t('review.formIndicator')}
          <select
            id={ids.indicator}
            value={indicator}
            onChange={(event) => setIndicator(event.target.value)}
            required
            data-testid="decision-indicator"
          >
            <option value="" disabled>
              —
            </option>
            {groups.map((group) => (
              <optgroup key={group.theme} label={group.themeLabel[lang]}>
                {group.indicators.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.label[lang]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <ChoiceField
          label={t('review.formQualifier')}
          value={qualifier}
          options={QUALIFIERS}
          optionLabel={(option) => t(`qualifier.${option}`)}
          onChange={setQualifier}
        />
        <ChoiceField
          label={t('review.formScope')}
          value={scope}
          options={SCOPES}
          optionLabel={(option) => t(`scope.${option}`)}
          onChange={setScope}
        />
        <label htmlFor={ids.note} className="decision-form-wide">
          {t('review.formNote')}
          <input id={ids.note} value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} data-testid="decision-note" />
        </label>
      </div>
      {error ? (
        <p className="form-error" id={ids.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className="review-actions">
        <button type="submit" data-testid="decision-save">
          {t('review.formSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('review.formCancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The form that corrects one extracted value, opened on the extractor's reading (which saving
 * unchanged is refused: that is a confirmation), as the reader's review panel and the review queue
 * both offer it.
 */
export function CorrectionForm({
  extraction,
  indicators,
  onSave,
  onCancel,
}: {
  extraction: ExtractionEntry;
  indicators: readonly IndicatorEntry[];
  onSave(fields: ReviewFields, note: string | null): void;
  onCancel(): void;
}) {
  const judged: ReviewFields = {
    indicator: extraction.indicator,
    value: extraction.value,
    qualifier: extraction.qualifier,
    scope: extraction.scope,
  };
  return (
    <DecisionForm
      mode="correct"
      quote={extraction.quote ?? extraction.formula ?? ''}
      indicators={indicators}
      initial={judged}
      judged={judged}
      onCancel={onCancel}
      onSave={onSave}
    />
  );
}
