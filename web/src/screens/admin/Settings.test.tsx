import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage } from '../../i18n';
import { mockClient, Providers, sessionOf } from '../../test/mockClient';
import { Settings, SettingsForm } from './Settings';

const stored = {
  coachVisibility: 'AFTER_REP_SEEN' as const,
  coachDelayHours: 48,
  repsSeeLeaderboard: false,
  reviewConfidenceBelow: 0.6,
  trainingConsent: false,
  retentionMonths: 24,
};

describe('the tenant settings form', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('shows the stored settings and saves every one of them', async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue({});
    render(<SettingsForm initial={stored} onSubmit={save} />);
    expect((screen.getByLabelText('After the rep has seen it') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Hours to wait/) as HTMLInputElement).value).toBe('48');
    expect((screen.getByLabelText(/Delete encounters older/) as HTMLInputElement).value).toBe('24');

    await user.click(screen.getByLabelText('After the rep has seen it, or after a delay'));
    await user.clear(screen.getByLabelText(/Hours to wait/));
    await user.type(screen.getByLabelText(/Hours to wait/), '72');
    await user.click(screen.getByLabelText(/Reps see the whole team's leaderboard/));
    await user.click(screen.getByLabelText(/Corrections may be exported/));
    await user.clear(screen.getByLabelText(/Readings under this confidence/));
    await user.type(screen.getByLabelText(/Readings under this confidence/), '0.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(save).toHaveBeenCalledWith({
      coachVisibility: 'AFTER_DELAY', coachDelayHours: 72, repsSeeLeaderboard: true, reviewConfidenceBelow: 0.5,
      trainingConsent: true, retentionMonths: 24,
    });
    expect(screen.getByRole('status').textContent).toBe('Settings saved.');
  });

  it('clears the retention when the months are left empty', async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue({});
    render(<SettingsForm initial={stored} onSubmit={save} />);
    await user.clear(screen.getByLabelText(/Delete encounters older/));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(save.mock.calls[0][0]).toMatchObject({ clearRetention: true });
    expect(save.mock.calls[0][0]).not.toHaveProperty('retentionMonths');
  });

  it('refuses values out of range, field by field, and saves nothing', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(<SettingsForm initial={stored} onSubmit={save} />);
    await user.clear(screen.getByLabelText(/Hours to wait/));
    await user.type(screen.getByLabelText(/Hours to wait/), '721');
    await user.clear(screen.getByLabelText(/Readings under this confidence/));
    await user.type(screen.getByLabelText(/Readings under this confidence/), '1.5');
    await user.clear(screen.getByLabelText(/Delete encounters older/));
    await user.type(screen.getByLabelText(/Delete encounters older/), '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Some settings need fixing.');
    for (const [label, message] of [
      [/Hours to wait/, 'Give a whole number of hours from 1 to 720.'],
      [/Readings under this confidence/, 'Give a number from 0 to 1, such as 0.6.'],
      [/Delete encounters older/, 'Give a whole number of months from 1 to 120, or leave it empty.'],
    ] as const) {
      const input = screen.getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(message);
    }
  });

  it('loads the settings, sends the update through the API and shows a refusal', async () => {
    const user = userEvent.setup();
    const { client, calls } = mockClient(({ operationName }) =>
      operationName === 'TenantSettings'
        ? { data: { tenantSettings: stored } }
        : { data: null, errors: [{ message: 'delay', extensions: { code: 'BAD_USER_INPUT', field: 'coachDelayHours' } }] });
    render(<Providers client={client} session={sessionOf('admin', ['admin'])}><Settings /></Providers>);
    await user.click(await screen.findByLabelText('At once'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Something in the form is not right: coachDelayHours');
    expect(calls.find((call) => call.operationName === 'UpdateTenantSettings')?.variables).toMatchObject({ input: { coachVisibility: 'IMMEDIATE' } });
  });

  it('is labelled in Hebrew, right to left', async () => {
    await chooseLanguage('he');
    render(<SettingsForm initial={stored} onSubmit={vi.fn()} />);
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('group', { name: 'מתי מאמנים רואים את הקריאה של נציג' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'שמירת ההגדרות' })).toBeTruthy();
  });
});
