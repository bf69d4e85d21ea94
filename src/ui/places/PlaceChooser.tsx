import { useState } from 'react';

import { type Dataset, jurisdictionName } from '../../data/dataset';
import { usePlaceSearch } from '../../data/get-place-search';
import { LoadError } from '../page/LoadError';
import { PlacePicker } from './PlacePicker';

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
  // The index (a megabyte at national scale) is fetched when the box is first used, not with every view.
  const [active, setActive] = useState(false);
  const search = usePlaceSearch(dataset.index.jurisdictions, active);
  const nameOf = (id: string) => {
    const place = dataset.jurisdictionById.get(id);
    return place ? jurisdictionName(place) : undefined;
  };
  return (
    <>
      <PlacePicker searcher={search.searcher} nameOf={nameOf} onActivate={() => setActive(true)} {...picker} />
      {search.isError ? <LoadError error={search.error} onRetry={() => void search.refetch()} /> : null}
    </>
  );
}
