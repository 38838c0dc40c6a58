// The notices (widget/ui/notice.ts): after a withdrawal and where the policy is opt-out, a sentence and two
// buttons in a live region, in a shadow root of their own beside the banner's.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_HOST_ID, type NoticeProps, showNotice } from '../../../../widget/ui/notice';

const frame = () => new Promise((r) => requestAnimationFrame(r));
const host = () => document.getElementById(NOTICE_HOST_ID) as HTMLElement;
const ui = () => within(host().shadowRoot as unknown as HTMLElement);

const props = (over: Partial<NoticeProps> = {}): NoticeProps => ({
  words: ['Your choices are saved. Reload the page to finish.', 'Reload', 'Dismiss'],
  act: vi.fn(),
  lang: 'en',
  theme: 'dark',
  accent: null,
  nonce: null,
  ...over,
});

afterEach(() => showNotice(null));

describe('notice', () => {
  it('speaks in a live region that is in place before the words come, with its two buttons', async () => {
    const p = props();
    showNotice(p);
    expect(ui().getByRole('status').textContent).toBe('');
    await frame();
    expect(ui().getByRole('status').textContent).toBe('Your choices are saved. Reload the page to finish.');
    expect(host().shadowRoot?.querySelector('.root')?.getAttribute('data-t')).toBe('dark');
    fireEvent.click(ui().getByRole('button', { name: 'Reload' }));
    expect(p.act).toHaveBeenCalledTimes(1);
    fireEvent.click(ui().getByRole('button', { name: 'Dismiss' }));
    expect(ui().getByRole('status').textContent).toBe('');
    expect(ui().queryByRole('button')).toBeNull();
  });

  it('says one thing at a time: a newer notice replaces the one on screen, and null takes it away', async () => {
    showNotice(props());
    const optOut = props({ words: ['We use cookies for ads.', 'Your Privacy Choices', 'Dismiss'] });
    showNotice(optOut);
    await frame();
    expect(ui().getByRole('status').textContent).toBe('We use cookies for ads.');
    expect(
      ui()
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Your Privacy Choices', 'Dismiss']);
    expect(document.querySelectorAll(`#${NOTICE_HOST_ID}`)).toHaveLength(1);
    showNotice(null);
    await frame();
    expect(ui().queryByRole('button')).toBeNull();
  });
});
