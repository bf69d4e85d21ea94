import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import {
  cachedComposedCatalog,
  cachedComposedValues,
  partReportsQueryOptions,
  partValuesQueryOptions,
  shardPlacesQueryOptions,
} from './get-shards';
import { buildShards } from './shard-build';
import { selectParts } from './shard-selection';
import { composeCatalog, composeValues, partKey } from './shards';

describe('composing from the cache', () => {
  const index = fixtureIndex();
  const files = buildShards(index);
  const selection = selectParts(files.manifest, { oneYear: true, level: null, province: null, year: 2023 });
  const indicator = index.indicators[0]!.id;

  it('composes a selection at once when every file it needs is cached, and not before', () => {
    expect(selection.parts.length).toBeGreaterThan(0);
    const client = new QueryClient();
    expect(cachedComposedCatalog(client, files.manifest, selection)).toBeUndefined();
    for (const shard of selection.shards)
      client.setQueryData(
        shardPlacesQueryOptions(shard).queryKey,
        files.places.find((places) => places.shard === shard)!,
      );
    const [last, ...others] = [...selection.parts].reverse();
    for (const part of others)
      client.setQueryData(partReportsQueryOptions(part).queryKey, files.parts.find((file) => partKey(file) === partKey(part))!.reports);
    // One part still missing: nothing is composed from the others.
    expect(cachedComposedCatalog(client, files.manifest, selection)).toBeUndefined();
    client.setQueryData(partReportsQueryOptions(last!).queryKey, files.parts.find((file) => partKey(file) === partKey(last!))!.reports);

    const composed = cachedComposedCatalog(client, files.manifest, selection)!;
    const loaded = selection.shards.map((shard) => ({
      places: files.places.find((places) => places.shard === shard)!,
      parts: files.parts
        .filter((part) => part.shard === shard && selection.parts.some((p) => partKey(p) === partKey(part)))
        .map((part) => part.reports),
    }));
    expect(composed).toEqual(composeCatalog(files.manifest, loaded));

    expect(cachedComposedValues(client, composed, indicator)).toBeUndefined();
    const values = new Map(files.parts.map((part) => [partKey(part), part.values.find((file) => file.indicator === indicator)!]));
    for (const part of composed.parts) client.setQueryData(partValuesQueryOptions(part, indicator).queryKey, values.get(partKey(part))!);
    expect(cachedComposedValues(client, composed, indicator)).toEqual(composeValues(composed, indicator, values));
  });
});
