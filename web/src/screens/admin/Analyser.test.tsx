import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { chooseLanguage } from '../../i18n';
import { mockClient, Providers, sessionOf, type Answer, type Call } from '../../test/mockClient';
import { Analyser, PhraseForm, RESCORE_JOB_KEY, Rescore } from './Analyser';

const admin = sessionOf('ruth', ['admin'], []);

const phraseOf = (id: string, phrase: string, language: 'HE' | 'EN', stance: string, target: string | null) => ({
  id, phrase, language, stance, target, createdBy: 'ruth', createdAt: '2026-11-30T10:00:00Z',
});

const jobOf = (status: 'RUNNING' | 'DONE' | 'FAILED', processed: number, total = 4) => ({
  id: 'job-1', status, targetVersion: '2.1.0', total, processed, rescored: Math.floor(processed / 2),
  progress: total ? processed / total : 1, startedAt: '2026-12-01T10:00:00Z',
  finishedAt: status === 'RUNNING' ? null : '2026-12-01T10:01:00Z', error: status === 'FAILED' ? 'the rescore stopped; start it again to continue' : null,
});

/** A fake tenant: phrases that the mutations change, and a job that advances one step per question. */
function tenant(initial = [phraseOf('p1', 'ההנהלה תקעה אותנו', 'HE', 'BLAME', 'MANAGEMENT')]) {
  let phrases = [...initial];
  let step = 0;
  const steps = [jobOf('RUNNING', 0), jobOf('RUNNING', 2), jobOf('RUNNING', 3), jobOf('DONE', 4)];
  return mockClient(({ operationName, variables }: Call): Answer => {
    switch (operationName) {
      case 'TenantPhrases':
        return { data: { tenantPhrases: phrases } };
      case 'AddTenantPhrase': {
        const input = variables.input as { phrase: string; language: 'HE' | 'EN'; stance: string; target: string | null };
        if (phrases.some((p) => p.phrase === input.phrase && p.language === input.language)) {
          return { data: null, errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] };
        }
        const created = phraseOf(`p${phrases.length + 2}`, input.phrase, input.language, input.stance, input.target);
        phrases = [...phrases, created];
        return { data: { addTenantPhrase: created } };
      }
      case 'RemoveTenantPhrase':
        phrases = phrases.filter((p) => p.id !== variables.id);
        return { data: { removeTenantPhrase: variables.id } };
      case 'StartRescore':
        return { data: { startRescore: steps[0] } };
      case 'RescoreJob':
        step = Math.min(step + 1, steps.length - 1);
        return { data: { rescoreJob: steps[step] } };
      default:
        return { data: null, errors: [{ message: 'unexpected', extensions: { code: 'INTERNAL' } }] };
    }
  });
}

describe('the analyser screen', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await chooseLanguage('en');
  });

  it('lists the phrases and adds a Hebrew blame phrase with its target', async () => {
    const user = userEvent.setup();
    const { client, calls } = tenant();
    render(<Providers client={client} session={admin}><Analyser /></Providers>);
    const table = await screen.findByRole('table', { name: 'Phrases of this tenant' });
    const row = within(table).getByRole('row', { name: /ההנהלה תקעה אותנו/ });
    expect(row.textContent).toContain('עברית'); // each language by its own name
    expect(row.textContent).toContain('management');
    expect(within(row).getByRole('rowheader').getAttribute('lang')).toBe('he');

    await user.type(screen.getByLabelText('Phrase'), '  הלקוח לא ענה לי  ');
    await user.selectOptions(screen.getByLabelText('Language'), 'HE');
    await user.selectOptions(screen.getByLabelText('Stance it shows'), 'BLAME');
    await user.selectOptions(screen.getByLabelText('Whom it blames'), 'CUSTOMER');
    await user.click(screen.getByRole('button', { name: 'Add the phrase' }));

    expect(await screen.findByText('Added: הלקוח לא ענה לי')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'AddTenantPhrase')?.variables).toEqual({
      input: { phrase: 'הלקוח לא ענה לי', language: 'HE', stance: 'BLAME', target: 'CUSTOMER' },
    });
    await within(table).findByRole('row', { name: /הלקוח לא ענה לי/ });
    expect((screen.getByLabelText('Phrase') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Phrase'));
  });

  it('sends no target for a stance that names none, and disables the choice', async () => {
    const user = userEvent.setup();
    const add = vi.fn().mockResolvedValue({});
    render(<PhraseForm onAdd={add} />);
    await user.selectOptions(screen.getByLabelText('Whom it blames'), 'PRICE');
    await user.selectOptions(screen.getByLabelText('Stance it shows'), 'OWNERSHIP');
    expect((screen.getByLabelText('Whom it blames') as HTMLSelectElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('Phrase'), 'I called back the same day');
    await user.click(screen.getByRole('button', { name: 'Add the phrase' }));
    expect(add).toHaveBeenCalledWith({ phrase: 'I called back the same day', language: 'EN', stance: 'OWNERSHIP', target: null });
  });

  it('refuses an empty or too long phrase before any call', async () => {
    const user = userEvent.setup();
    const add = vi.fn();
    render(<PhraseForm onAdd={add} />);
    await user.click(screen.getByRole('button', { name: 'Add the phrase' }));
    expect(screen.getByRole('alert').textContent).toBe('Write the phrase.');
    expect(screen.getByLabelText('Phrase').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Phrase'));
    // 201 Hebrew letters (each one UTF-16 unit) and an emoji counted as one character
    await user.click(screen.getByLabelText('Phrase'));
    await user.paste('ש'.repeat(200) + '🙂');
    await user.click(screen.getByRole('button', { name: 'Add the phrase' }));
    expect(screen.getByRole('alert').textContent).toBe('A phrase has at most 200 characters.');
    expect(add).not.toHaveBeenCalled();
  });

  it('says so when the phrase is already there (CONFLICT), in both languages', async () => {
    const user = userEvent.setup();
    const { client } = tenant([phraseOf('p1', 'not my fault', 'EN', 'BLAME', null)]);
    render(<Providers client={client} session={admin}><Analyser /></Providers>);
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Phrase'), 'not my fault');
    await user.selectOptions(screen.getByLabelText('Language'), 'EN');
    await user.click(screen.getByRole('button', { name: 'Add the phrase' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This phrase is already in the list in that language.');

    await act(() => chooseLanguage('he'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('הביטוי כבר ברשימה בשפה הזאת.'));
  });

  it('removes a phrase and moves the focus to the list', async () => {
    const user = userEvent.setup();
    const { client, calls } = tenant();
    render(<Providers client={client} session={admin}><Analyser /></Providers>);
    await user.click(await screen.findByRole('button', { name: 'Remove “ההנהלה תקעה אותנו”' }));
    expect(await screen.findByText('Removed: ההנהלה תקעה אותנו')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'RemoveTenantPhrase')?.variables).toEqual({ id: 'p1' });
    expect(await screen.findByText('No phrases yet: the analyser uses its own lexicon only.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Phrases of this tenant' }));
  });

  it('gives every error code a message of its own screen or the general one', async () => {
    for (const code of ['FORBIDDEN', 'UNAVAILABLE', 'INTERNAL', 'UNAUTHENTICATED']) {
      const { client } = mockClient(() => ({ data: null, errors: [{ message: code, extensions: { code } }] }));
      const { unmount } = render(<Providers client={client} session={admin}><Analyser /></Providers>);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).not.toBe('');
      expect(alert.textContent).not.toContain(code);
      unmount();
    }
  });
});

describe('the rescore', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await chooseLanguage('en');
  });

  it('starts a job and follows its progress until it is done', async () => {
    const user = userEvent.setup();
    const { client, calls } = tenant();
    render(<Providers client={client} session={admin}><Rescore pollMs={5} /></Providers>);
    await user.click(screen.getByRole('button', { name: 'Rescore the history' }));
    expect(await screen.findByRole('button', { name: 'Rescoring…' })).toHaveProperty('disabled', true);
    expect(sessionStorage.getItem(RESCORE_JOB_KEY)).toBe('job-1');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done 4 of 4 encounters read again, 2 with a new reading.'));
    const bar = screen.getByRole('progressbar', { name: 'Rescore progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(1);
    expect(bar.getAttribute('aria-valuetext')).toBe('100%');
    expect(calls.filter((call) => call.operationName === 'RescoreJob').length).toBe(3);
    expect(calls.filter((call) => call.operationName === 'RescoreJob').every((call) => call.variables.id === 'job-1')).toBe(true);
    // done: no more questions, the job is forgotten, a new rescore may start
    expect(sessionStorage.getItem(RESCORE_JOB_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Rescore the history' })).toHaveProperty('disabled', false);
  });

  it('goes on following a job after the page is opened again', async () => {
    sessionStorage.setItem(RESCORE_JOB_KEY, 'job-1');
    const { client, calls } = tenant();
    render(<Providers client={client} session={admin}><Rescore pollMs={5} /></Providers>);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Done'));
    expect(calls.some((call) => call.operationName === 'StartRescore')).toBe(false);
  });

  it('shows a stopped job and why, and a job that is gone', async () => {
    const { client } = mockClient(({ operationName }) =>
      operationName === 'StartRescore'
        ? { data: { startRescore: jobOf('FAILED', 1) } }
        : { data: { rescoreJob: null }, errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] });
    const user = userEvent.setup();
    const { unmount } = render(<Providers client={client} session={admin}><Rescore pollMs={5} /></Providers>);
    await user.click(screen.getByRole('button', { name: 'Rescore the history' }));
    expect((await screen.findByRole('status')).textContent).toContain('Stopped');
    expect(screen.getByText('the rescore stopped; start it again to continue')).toBeTruthy();
    unmount();

    sessionStorage.setItem(RESCORE_JOB_KEY, 'job-old');
    render(<Providers client={client} session={admin}><Rescore pollMs={5} /></Providers>);
    expect((await screen.findByRole('alert')).textContent).toBe('That rescore is no longer known; start a new one.');
    expect(sessionStorage.getItem(RESCORE_JOB_KEY)).toBeNull();
  });

  it('keeps asking while the service is away, and says so', async () => {
    let asked = 0;
    const { client } = mockClient(() => {
      asked += 1;
      return asked < 3
        ? { data: null, errors: [{ message: 'down', extensions: { code: 'UNAVAILABLE' } }] }
        : { data: { rescoreJob: jobOf('DONE', 4) } };
    });
    sessionStorage.setItem(RESCORE_JOB_KEY, 'job-1');
    render(<Providers client={client} session={admin}><Rescore pollMs={5} /></Providers>);
    expect((await screen.findByRole('alert')).textContent).toBe('Part of OnMe is not answering right now; try again in a moment.');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Done'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('in Hebrew', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await chooseLanguage('he');
  });

  it('is right to left, labelled in Hebrew, defaults the phrase language to Hebrew, and has no axe violations', async () => {
    sessionStorage.setItem(RESCORE_JOB_KEY, 'job-1');
    const { client } = tenant([
      phraseOf('p1', 'ההנהלה תקעה אותנו', 'HE', 'BLAME', 'MANAGEMENT'),
      phraseOf('p2', 'I owned the follow-up', 'EN', 'OWNERSHIP', null),
    ]);
    const { container } = render(<main><Providers client={client} session={admin}><Analyser pollMs={5} /></Providers></main>);
    await screen.findByRole('table', { name: 'הביטויים של הארגון' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('הסתיים'));
    expect(document.documentElement.dir).toBe('rtl');
    expect((screen.getByLabelText('שפה') as HTMLSelectElement).value).toBe('HE');
    expect(screen.getByRole('button', { name: 'הסרה: ”I owned the follow-up“' })).toBeTruthy();
    const results = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
