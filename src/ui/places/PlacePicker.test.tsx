import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { PLACE_SEARCH_TOOLS } from '../../cli/extract/write-place-search';
import { buildPlaceSearchIndex, type PlaceSearcher, prepareSearch } from '../../data/place-search';
import type { JurisdictionEntry } from '../../data/schema';
import { groupHits, PlacePicker } from './PlacePicker';

function place(
  code: string,
  name: string,
  level: JurisdictionEntry['level'],
  province: string,
  city: string | null,
  county: string | null = null,
): JurisdictionEntry {
  return { id: code, name, level, province, city, county, code, placeProvenance: { province: 'divisions', city: 'divisions' } };
}

const PLACES = [
  place('320722101', '桃林镇', '镇', '江苏省', '连云港市', '东海县'),
  place('430682101', '桃林镇', '镇', '湖南省', '岳阳市', '临湘市'),
  place('410526100', '桃林铺镇', '镇', '河南省', '信阳市', '潢川县'),
  place('430102', '芙蓉区', '区', '湖南省', '长沙市'),
  ...Array.from({ length: 60 }, (_, i) => place(`6201231${String(i).padStart(2, '0')}`, `城关${i}镇`, '镇', '甘肃省', '兰州市', '榆中县')),
];

function Harness({ searcher }: { searcher: PlaceSearcher }) {
  const [selected, setSelected] = useState<string[]>([]);
  return <PlacePicker searcher={searcher} selected={selected} onChange={setSelected} label="地方" />;
}

afterEach(cleanup);

const withPinyin = prepareSearch(buildPlaceSearchIndex(PLACES, PLACE_SEARCH_TOOLS));

describe('PlacePicker', () => {
  it('finds places by pinyin, grouped by province and city with their parents, and chooses one with the keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness searcher={withPinyin} />);
    const box = screen.getByRole('combobox', { name: '地方' });
    await user.type(box, 'taolin');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: '匹配的地方' });
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '桃林镇 江苏省 · 连云港市 · 东海县',
      '桃林镇 湖南省 · 岳阳市 · 临湘市',
      '桃林铺镇 河南省 · 信阳市 · 潢川县',
    ]);
    expect(
      within(listbox)
        .getAllByRole('group')
        .map(
          (group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent,
        ),
    ).toEqual(['江苏省 · 连云港市', '湖南省 · 岳阳市', '河南省 · 信阳市']);
    expect(screen.getByText('第 1–3 个,共 3 个')).toBeInTheDocument();

    // The first result is active as one types; ↓ moves to the second, Enter chooses it.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('group', { name: '已选的地方' })).toHaveTextContent('桃林镇');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('removes a chip with its button, and clears all', async () => {
    const user = userEvent.setup();
    render(<Harness searcher={withPinyin} />);
    const box = screen.getByRole('combobox', { name: '地方' });
    await user.type(box, 'frq');
    await user.click(screen.getByRole('option', { name: /芙蓉区/ }));
    await user.clear(box);
    await user.type(box, 'tlz');
    await user.keyboard('{Enter}');
    const chips = screen.getByRole('group', { name: '已选的地方' });
    expect(within(chips).getAllByRole('button', { name: /^移除/ })).toHaveLength(2);
    await user.click(within(chips).getByRole('button', { name: '移除“芙蓉区”' }));
    expect(
      within(chips)
        .getAllByRole('button', { name: /^移除/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['移除“桃林镇”']);
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(screen.queryByRole('group', { name: '已选的地方' })).toBeNull();
  });

  it('pages a long list and says how many there are', async () => {
    const user = userEvent.setup();
    render(<Harness searcher={withPinyin} />);
    const box = screen.getByRole('combobox', { name: '地方' });
    await user.type(box, '城关');
    expect(screen.getByText('第 1–50 个,共 60 个')).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(50);
    await user.keyboard('{PageDown}');
    expect(screen.getByText('第 51–60 个,共 60 个')).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(screen.getByText('第 1–50 个,共 60 个')).toBeInTheDocument();
  });

  it('says when the data has no pinyin index, and still finds Chinese names', async () => {
    const user = userEvent.setup();
    render(<Harness searcher={prepareSearch(buildPlaceSearchIndex(PLACES))} />);
    expect(screen.getByText(/只能按中文名搜索/)).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: '地方' });
    await user.type(box, 'taolin');
    expect(screen.getByText('没有匹配的地方')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '桃林');
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});

describe('PlacePicker before its index arrives', () => {
  it('names the chosen places from the data, says the list is loading, and asks for the index when first used', async () => {
    const user = userEvent.setup();
    const activated: string[] = [];
    render(
      <PlacePicker
        searcher={undefined}
        nameOf={(id) => (id === '430102' ? '芙蓉区' : undefined)}
        onActivate={() => activated.push('yes')}
        selected={['430102', 'x-unknown']}
        onChange={() => {}}
        label="地方"
      />,
    );
    expect(
      within(screen.getByRole('group', { name: '已选的地方' }))
        .getAllByRole('button', { name: /^移除/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['移除“芙蓉区”', '移除“x-unknown”']);
    expect(activated).toEqual([]);
    await user.type(screen.getByRole('combobox', { name: '地方' }), 'furong');
    expect(activated.length).toBeGreaterThan(0);
    expect(screen.getByText('正在载入地名索引…')).toBeInTheDocument();
    expect(screen.queryByRole('option')).toBeNull();
  });
});

describe('groupHits', () => {
  it('keeps rank order inside groups and orders groups by their best place', () => {
    const hits = ['a', 'b', 'a'].map((province, i) => ({ place: { id: String(i) }, chain: [province, 'c'], quality: 'exact' }) as never);
    expect(groupHits(hits).map((group) => [group.label, group.hits.map((member) => member.position)])).toEqual([
      ['a · c', [0, 2]],
      ['b · c', [1]],
    ]);
  });
});
