/**
 * One colour per place, the same whichever indicator or view shows it (the trend chart, its
 * legend, its table, the briefing): a place's colour comes from its id, not from its position in
 * a list, so that switching indicator never repaints 芙蓉区 in another place's colour. Two places
 * shown together never share a colour while the palette lasts: a place whose colour is taken by
 * one listed before it takes the next free one (so adding a place never recolours those before it).
 */

/** Distinguishable, and dark enough for lines and text on white (WCAG non-text contrast ≥ 3:1). */
export const PLACE_PALETTE = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#4b5563',
  '#65a30d',
  '#9a3412',
] as const;

function hash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Each id's colour, for ids shown together in this order. */
export function placeColors(ids: readonly string[]): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  const taken = new Set<number>();
  for (const id of ids) {
    if (colors.has(id)) continue;
    const home = hash(id) % PLACE_PALETTE.length;
    let slot = home;
    for (let step = 0; step < PLACE_PALETTE.length && taken.has(slot); step += 1) slot = (home + step + 1) % PLACE_PALETTE.length;
    taken.add(slot);
    colors.set(id, PLACE_PALETTE[slot] as string);
  }
  return colors;
}
