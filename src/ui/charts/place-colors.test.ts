import { describe, expect, it } from 'vitest';

import { PLACE_PALETTE, placeColors } from './place-colors';

describe('placeColors', () => {
  it('gives a place the same colour whoever it is shown with first', () => {
    const alone = placeColors(['430102']).get('430102');
    expect(placeColors(['430102', '370829']).get('430102')).toBe(alone);
    expect(PLACE_PALETTE).toContain(alone);
  });

  it('never gives two places shown together one colour while the palette lasts', () => {
    const ids = Array.from({ length: PLACE_PALETTE.length }, (_, i) => `p${i * 7}`);
    const colors = placeColors(ids);
    expect(new Set(colors.values()).size).toBe(PLACE_PALETTE.length);
  });

  it('does not recolour the places already shown when one is added', () => {
    const before = placeColors(['430102', '370829', '610117']);
    const after = placeColors(['430102', '370829', '610117', 'x-520330-taolin']);
    for (const id of ['430102', '370829', '610117']) expect(after.get(id)).toBe(before.get(id));
  });
});
