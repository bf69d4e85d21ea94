import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { withListUnits } from './list-units';

/** Each number of a sentence as the matcher reads it: its value and its unit. */
function unitsRead(sentence: string): [number, string | null][] {
  const view = normalizeForMatching(sentence);
  return withListUnits(view, findNumbers(view)).map((mention) => [mention.value, mention.unit]);
}

describe('the unit a 、-list says once for its items', () => {
  it('is lent to the bare numbers that end their items', () => {
    expect(unitsRead('其中,行政许可44件、其他类10、行政处罚0、行政强制0、行政征收征用1件。')).toEqual([
      [44, '件'],
      [10, '件'],
      [0, '件'],
      [0, '件'],
      [1, '件'],
    ]);
    // From the items after when none before has one; the last item of a list too.
    expect(unitsRead('其中行政处罚0、行政许可12件。')).toEqual([
      [0, '件'],
      [12, '件'],
    ]);
    expect(unitsRead('行政许可70件、行政处罚16、行政强制0。')).toEqual([
      [70, '件'],
      [16, '件'],
      [0, '件'],
    ]);
  });

  it('is not lent outside a list, across a clause, from a rate or money', () => {
    expect(unitsRead('全年调处纠纷2973,涉及金额50万元。')).toEqual([
      [2973, null],
      [50, '万元'],
    ]);
    expect(unitsRead('办理行政处罚案件12件,其中一般程序5。')).toEqual([
      [12, '件'],
      [5, null],
    ]);
    expect(unitsRead('调解成功率98%、调处纠纷326。')).toEqual([
      [98, '%'],
      [326, null],
    ]);
    expect(unitsRead('罚没款12万元、行政处罚8。')).toEqual([
      [12, '万元'],
      [8, null],
    ]);
  });
});
