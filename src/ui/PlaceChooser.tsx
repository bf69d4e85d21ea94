import type { Dataset } from '../data/dataset';
import { usePlaceSearch } from '../data/get-place-search';
import { LoadError } from './LoadError';
import { PlacePicker } from './PlacePicker';
import { useTranslate } from './use-translate';

/**
 * The place picker of a view: the data folder's place index (loaded once, see
 * src/data/get-place-search.ts) behind {@link PlacePicker}. A place found in the index whose part
 * of a sharded folder is not loaded is still chosen by its id: the app loads the parts of the
 * places the address names.
 */
export function PlaceChooser({
  dataset,
  ...picker
}: {
  dataset: Dataset;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  label: string;
  multiple?: boolean;
  note?: string;
  colorOf?: (placeId: string) => string | undefined;
  pageSize?: number;
}) {
  const { t } = useTranslate();
  const search = usePlaceSearch(dataset.index.jurisdictions);
  if (search.searcher) return <PlacePicker searcher={search.searcher} {...picker} />;
  if (search.isError) return <LoadError error={search.error} />;
  return (
    <p className="muted" role="status">
      {t('placePicker.loading')}
    </p>
  );
}
