import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { chooseLanguage } from '../i18n';
import { DisputeForm } from './DisputeForm';
import { ReviewForm } from './ReviewForm';
import { ScoresPurposeNotice } from './ScoresPurpose';
import { SettingsForm } from '../screens/admin/Settings';

// the end-to-end run checks every screen with axe in Chromium (contrast included); this checks the new forms, with
// their error messages showing, on every test run (jsdom cannot compute contrast, so that rule is left to e2e)
async function violations() {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

const settings = { coachVisibility: 'AFTER_DELAY' as const, coachDelayHours: 48, repsSeeLeaderboard: false, reviewConfidenceBelow: 0.6, trainingConsent: false, retentionMonths: null };

describe('the reading forms, as axe sees them', () => {
  for (const language of ['en', 'he'] as const) {
    it(`have labels, names and valid ARIA with their errors shown (${language})`, async () => {
      await chooseLanguage(language);
      const user = userEvent.setup();
      const send = vi.fn().mockResolvedValue({});
      const { container } = render(
        <main>
          <h1>OnMe</h1>
          <ScoresPurposeNotice />
          <DisputeForm onSubmit={send} />
          <ReviewForm disputed onSubmit={send} />
          <SettingsForm initial={settings} onSubmit={send} />
        </main>,
      );
      await user.click(container.querySelector('main > button')!); // opens the dispute form
      await user.click(container.querySelector('form.dispute button[type="submit"]')!);
      await user.click(container.querySelector('input[name="decision"][value="CORRECT"]')!);
      await user.selectOptions(container.querySelector('select[name="stance"]')!, 'BLAME');
      await user.click(container.querySelector('form.review button[type="submit"]')!);
      await user.clear(container.querySelector('input[name="coachDelayHours"]')!);
      await user.click(container.querySelector('form.settings button[type="submit"]')!);
      expect(screen.getAllByRole('alert').length).toBeGreaterThanOrEqual(3);
      expect(await violations()).toEqual([]);
    });
  }
});
