import { useEffect, useId, useRef, useState } from 'react';

import type { IndicatorEntry } from '../../data/schema';
import { formatUnit } from '../i18n/format';
import { useTranslate } from '../i18n/use-translate';
import { IndicatorLink } from './IndicatorLink';

/**
 * An indicator's definition (what counts, unit) one hover or tap away, with a link to its page: a
 * toggle button that also opens on hover and focus, and closes on Escape, on leaving, or on a
 * second tap.
 */
export function DefinitionTip({ indicator }: { indicator: IndicatorEntry }) {
  const { lang, t } = useTranslate();
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const open = pinned || hovered;

  useEffect(() => {
    if (!pinned) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPinned(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [pinned]);

  const label = indicator.label[lang];
  return (
    <span
      className="definition-tip"
      ref={wrapper}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setPinned(false);
          setHovered(false);
          event.stopPropagation();
        }
      }}
    >
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('showDefinition', { label })}
        onClick={() => setPinned((value) => !value)}
      >
        <span aria-hidden="true">ⓘ</span>
      </button>
      <span id={id} className="definition-popover" role="status" hidden={!open}>
        {open ? (
          <>
            <strong>{label}</strong>
            <span className="definition-meta">
              {indicator.themeLabel[lang]} · {t('unit')}: {formatUnit(indicator.unit, lang)}
            </span>
            <span>{indicator.definition[lang]}</span>
            <IndicatorLink indicatorId={indicator.id}>{t('indicatorPageLink')}</IndicatorLink>
          </>
        ) : null}
      </span>
    </span>
  );
}
