import { cleanup, render, screen } from '@testing-library/react';
import { useId, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { focusKeyOf, useFocusKeptAcrossReload } from './keep-focus';

/** A view whose controls are unmounted while it loads, as App does on a switch to data not loaded yet. */
function View({ loading }: { loading: boolean }) {
  const main = useRef<HTMLElement>(null);
  useFocusKeptAcrossReload(main, !loading);
  return (
    <>
      <main ref={main}>{loading ? <p role="status">加载中</p> : <Controls />}</main>
      <button type="button">外部按钮</button>
    </>
  );
}

function Controls() {
  // A new id on every mount, as React's useId gives a remounted control.
  const id = useId();
  return (
    <>
      <label htmlFor={id}>年份</label>
      <select id={id} defaultValue="2023">
        <option>2022</option>
        <option>2023</option>
      </select>
      <fieldset>
        <legend>层级</legend>
        {['县', '区', '镇'].map((level) => (
          <label key={level}>
            <input type="radio" name={`${id}-level`} value={level} />
            {level}
          </label>
        ))}
      </fieldset>
    </>
  );
}

describe('useFocusKeptAcrossReload', () => {
  afterEach(cleanup);

  it('gives focus back to the control just used once the view is drawn again', () => {
    const { rerender } = render(<View loading={false} />);
    const before = screen.getByLabelText('年份');
    before.focus();
    rerender(<View loading />);
    expect(document.activeElement).toBe(document.body);
    rerender(<View loading={false} />);
    const after = screen.getByLabelText('年份');
    expect(after).not.toBe(before);
    expect(document.activeElement).toBe(after);
  });

  it('finds the same option of a radio group, not the first', () => {
    const { rerender } = render(<View loading={false} />);
    screen.getByLabelText('区').focus();
    rerender(<View loading />);
    rerender(<View loading={false} />);
    expect(document.activeElement).toBe(screen.getByLabelText('区'));
  });

  it('leaves focus where the user moved it while the view loaded', () => {
    const { rerender } = render(<View loading={false} />);
    screen.getByLabelText('年份').focus();
    rerender(<View loading />);
    const elsewhere = screen.getByRole('button', { name: '外部按钮' });
    elsewhere.focus();
    rerender(<View loading={false} />);
    expect(document.activeElement).toBe(elsewhere);
  });
});

describe('focusKeyOf', () => {
  it('names a control by its kind and label, and an unnamed element not at all', () => {
    const { container } = render(<Controls />);
    const keys = [...container.querySelectorAll('select, input')].map(focusKeyOf);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((key) => key !== null)).toBe(true);
    const bare = document.createElement('div');
    expect(focusKeyOf(bare)).toBeNull();
  });
});
