import { type KeyboardEvent, useId, useMemo, useState } from 'react';

import type { PlaceHit, PlaceRecord, PlaceSearcher } from '../../data/place-search';
import { formatNumber } from '../i18n/format';
import { useTranslate } from '../i18n/use-translate';

/** The page's results grouped by province and city, in rank order of each group's best place. */
export interface PlaceGroup {
  readonly label: string;
  readonly hits: readonly { readonly hit: PlaceHit; readonly position: number }[];
}

/** Groups a page of hits by province · city (the first two links of the chain), keeping rank order. */
export function groupHits(hits: readonly PlaceHit[]): PlaceGroup[] {
  const groups = new Map<string, { hit: PlaceHit; position: number }[]>();
  hits.forEach((hit, position) => {
    const label = hit.chain.slice(0, 2).join(' · ') || '—';
    const group = groups.get(label) ?? [];
    group.push({ hit, position });
    groups.set(label, group);
  });
  return [...groups].map(([label, members]) => ({ label, hits: members }));
}

/**
 * Chooses places among every place of the dataset (45,000 at national scale) with a combobox (the
 * ARIA 1.2 pattern: a text box that controls a listbox; ↑↓ move, Enter adds or removes, PageUp and
 * PageDown page, Escape closes then clears). Results are grouped by province and city, each with
 * its parent chain so that the hundreds of 城关镇 can be told apart, and paged with their total
 * said. The chosen places show as chips with remove buttons and 清除全部.
 */
export function PlacePicker({
  searcher,
  nameOf,
  onActivate,
  selected,
  onChange,
  label,
  pageSize = 50,
  multiple = true,
  note,
  colorOf,
}: {
  /**
   * From usePlaceSearch (src/data/get-place-search.ts); undefined while it loads (the box works,
   * the list says it is loading, and what was typed is searched once it arrives).
   */
  searcher: PlaceSearcher | undefined;
  /** A chosen place's name when the searcher is not there yet (the loaded data's names). */
  nameOf?: (placeId: string) => string | undefined;
  /** Called when the box is first used: the searcher can be fetched then rather than with the page. */
  onActivate?: () => void;
  /** Ids of the chosen places, in the order they were chosen. */
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  label: string;
  pageSize?: number;
  /** False: choosing a place replaces the one chosen (the reader's and profile's one place). */
  multiple?: boolean;
  /** A line under the box (the page's limit, what is shown when nothing is chosen), read with it. */
  note?: string;
  /** A chosen place's colour in the view's chart, shown on its chip. */
  colorOf?: (placeId: string) => string | undefined;
}) {
  const { lang, t } = useTranslate();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const [active, setActive] = useState(-1);

  const result = useMemo(
    () =>
      searcher ? searcher.search(query, { limit: pageSize, offset: page * pageSize }) : { hits: [], total: 0, offset: 0, limit: pageSize },
    [searcher, query, page, pageSize],
  );
  const groups = useMemo(() => groupHits(result.hits), [result.hits]);
  const byId = useMemo(() => new Map((searcher?.index.places ?? []).map((place) => [place.id, place])), [searcher]);
  // A chosen place the index lacks (or before it loads) still shows, by the data's name or its id.
  const chosen = selected.map((placeId) => ({ id: placeId, name: byId.get(placeId)?.name ?? nameOf?.(placeId) ?? placeId }));
  const chosenIds = new Set(selected);
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  const listboxId = `${id}-listbox`;
  const optionId = (position: number) => `${id}-option-${position}`;

  const toggle = (place: Pick<PlaceRecord, 'id'>) => {
    if (!multiple) {
      // One place: choosing it is done, so the list closes and the box is ready for the next search.
      onChange([place.id]);
      setOpen(false);
      setQuery('');
      setActive(-1);
      return;
    }
    onChange(chosenIds.has(place.id) ? selected.filter((placeId) => placeId !== place.id) : [...selected, place.id]);
  };
  const goToPage = (next: number) => {
    setPage(Math.min(Math.max(next, 0), pages - 1));
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = result.hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (count === 0 ? -1 : (current + 1) % count));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => (count === 0 ? -1 : (current - 1 + count) % count));
        break;
      case 'PageDown':
        if (!open) return;
        event.preventDefault();
        goToPage(page + 1);
        break;
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        goToPage(page - 1);
        break;
      case 'Enter': {
        const hit = open ? result.hits[active] : undefined;
        if (!hit) return;
        event.preventDefault();
        toggle(hit.place);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (open) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
      default:
    }
  };

  const showing = t('placePicker.showing', {
    from: formatNumber(result.total === 0 ? 0 : result.offset + 1, lang),
    to: formatNumber(result.offset + result.hits.length, lang),
    total: formatNumber(result.total, lang),
  });

  return (
    <div className="place-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      {chosen.length > 0 ? (
        <div className="chips" role="group" aria-label={t('placePicker.chosen')}>
          {chosen.map((place) => (
            <span className="chip" key={place.id}>
              {colorOf?.(place.id) ? (
                <span className="swatch swatch-line" style={{ background: colorOf(place.id) }} aria-hidden="true" />
              ) : null}
              {place.name}
              <button
                type="button"
                className="icon-button chip-remove"
                aria-label={t('placePicker.remove', { name: place.name })}
                onClick={() => onChange(selected.filter((placeId) => placeId !== place.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
          ))}
          <button type="button" className="clear-all" onClick={() => onChange([])}>
            {t('placePicker.clearAll')}
          </button>
        </div>
      ) : null}
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && active >= 0 && active < result.hits.length ? optionId(active) : undefined}
        aria-describedby={note ? `${id}-hint ${id}-note` : `${id}-hint`}
        placeholder={t('placePicker.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setPage(0);
          setActive(event.target.value === '' ? -1 : 0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          onActivate?.();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('placePicker.hint')}
      </span>
      {note ? (
        <p id={`${id}-note`} className="muted small place-picker-note">
          {note}
        </p>
      ) : null}
      {searcher === undefined || searcher.index.hasPinyin ? null : <p className="muted">{t('placePicker.noPinyin')}</p>}
      <div className="place-picker-popup" hidden={!open}>
        <p className="muted" aria-live="polite">
          {searcher === undefined ? t('placePicker.loading') : result.total === 0 ? t('placePicker.none') : showing}
        </p>
        <div role="listbox" id={listboxId} aria-label={t('placePicker.results')} aria-multiselectable={multiple}>
          {groups.map((group, g) => (
            <div role="group" key={group.label} aria-labelledby={`${id}-group-${g}`}>
              <div role="presentation" id={`${id}-group-${g}`} className="place-picker-group">
                {group.label}
              </div>
              {group.hits.map(({ hit, position }) => (
                <div
                  key={hit.place.id}
                  id={optionId(position)}
                  role="option"
                  aria-selected={chosenIds.has(hit.place.id)}
                  className={position === active ? 'place-picker-option active' : 'place-picker-option'}
                  // Keeps the focus in the text box, as the pattern wants.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActive(position);
                    toggle(hit.place);
                  }}
                >
                  {hit.place.name}
                  <span className="muted"> {hit.chain.join(' · ')}</span>
                </div>
              ))}
            </div>
          ))}
        </div>
        {pages > 1 ? (
          <div className="place-picker-pages">
            <button type="button" disabled={page === 0} onMouseDown={(event) => event.preventDefault()} onClick={() => goToPage(page - 1)}>
              {t('placePicker.previous')}
            </button>
            <button
              type="button"
              disabled={page >= pages - 1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => goToPage(page + 1)}
            >
              {t('placePicker.next')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
