import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage } from '../i18n';
import { ScoresPurpose, ScoresPurposeNotice } from './ScoresPurpose';
import en from '../i18n/en.json';
import he from '../i18n/he.json';

describe('what the scores are for', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('is shown where a rep first meets a score, until dismissed on this device', async () => {
    const user = userEvent.setup();
    const first = render(<ScoresPurposeNotice />);
    expect(screen.getByRole('heading', { name: 'What the scores are for' })).toBeTruthy();
    expect(screen.getByText(/it must not be used for any employment decision/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Got it, hide this' }));
    expect(screen.queryByRole('heading', { name: 'What the scores are for' })).toBeNull();
    first.unmount();

    render(<ScoresPurposeNotice />); // the next encounter page, or after a reload
    expect(screen.queryByRole('heading', { name: 'What the scores are for' })).toBeNull();
  });

  it('stays reachable after the notice is dismissed', async () => {
    localStorage.setItem('onme.scoresPurpose.dismissed', 'yes');
    render(<ScoresPurpose />);
    expect(screen.getByText('What the scores are for')).toBeTruthy();
    expect(screen.getByText(/not a performance rating/)).toBeTruthy();
  });

  it('says it in Hebrew, right to left, word for word as the design has it', async () => {
    await chooseLanguage('he');
    render(<ScoresPurposeNotice />);
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { name: he.purpose.title })).toBeTruthy();
    expect(screen.getByText(/ואסור להשתמש בה להחלטות העסקה/)).toBeTruthy();
  });

  it('is the design document’s text, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const design = flat(readFileSync(resolve(process.cwd(), '../docs/coaching-not-surveillance.md'), 'utf8'));
    expect(design).toContain(en.purpose.text);
    expect(design).toContain(he.purpose.text);
  });
});
