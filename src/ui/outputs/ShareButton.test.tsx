import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ShareButton } from './ShareButton';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ShareButton', () => {
  it('copies the address of the current view and says so', async () => {
    window.history.replaceState(null, '', '/?view=trend&indicator=legal_aid.cases');
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?view=trend&indicator=legal_aid.cases`);
    expect(await screen.findByText('已复制当前视图的链接。')).toBeInTheDocument();
  });

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    const field = await screen.findByRole('textbox', { name: /无法自动复制/ });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveFocus();
  });
});
