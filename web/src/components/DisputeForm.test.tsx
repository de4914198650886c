import 'fake-indexeddb/auto';
import '../i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { chooseLanguage } from '../i18n';
import { DisputeForm } from './DisputeForm';

const conflict = () => new CombinedError({ graphQLErrors: [{ message: 'already disputed', extensions: { code: 'CONFLICT' } }] });

describe('<DisputeForm>', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('opens from its button and counts the characters', async () => {
    const user = userEvent.setup();
    render(<DisputeForm onSubmit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Dispute this reading' }));
    const note = screen.getByLabelText('What did the reading get wrong?');
    expect(screen.getByText('0 of 500 characters')).toBeTruthy();
    await user.type(note, 'I did own it');
    expect(screen.getByText('12 of 500 characters')).toBeTruthy();
  });

  it('refuses an empty note and a note over 500 characters, and sends nothing', async () => {
    const user = userEvent.setup();
    const send = vi.fn();
    render(<DisputeForm onSubmit={send} />);
    await user.click(screen.getByRole('button', { name: 'Dispute this reading' }));
    const note = screen.getByLabelText('What did the reading get wrong?');
    await user.type(note, '   ');
    await user.click(screen.getByRole('button', { name: 'Send the dispute' }));
    expect(screen.getByRole('alert').textContent).toBe('Write a note of 1 to 500 characters.');
    expect(note.getAttribute('aria-invalid')).toBe('true');

    await user.clear(note);
    await user.click(note);
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Send the dispute' }));
    expect(screen.getByRole('alert').textContent).toBe('The note is 501 characters long; keep it to 500.');
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the trimmed note and says it was sent', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({});
    render(<DisputeForm onSubmit={send} />);
    await user.click(screen.getByRole('button', { name: 'Dispute this reading' }));
    await user.type(screen.getByLabelText('What did the reading get wrong?'), '  I said it was on me.  ');
    await user.click(screen.getByRole('button', { name: 'Send the dispute' }));
    expect(send).toHaveBeenCalledWith('I said it was on me.');
    expect(screen.getByRole('status').textContent).toBe('Sent. A coach will look at the reading.');
  });

  it('keeps the note and says why when the service refuses', async () => {
    const user = userEvent.setup();
    render(<DisputeForm onSubmit={vi.fn().mockResolvedValue({ error: conflict() })} />);
    await user.click(screen.getByRole('button', { name: 'Dispute this reading' }));
    await user.type(screen.getByLabelText('What did the reading get wrong?'), 'Not blame');
    await user.click(screen.getByRole('button', { name: 'Send the dispute' }));
    expect(screen.getByRole('alert').textContent).toBe('This reading was already disputed or reviewed.');
    expect((screen.getByLabelText('What did the reading get wrong?') as HTMLTextAreaElement).value).toBe('Not blame');
  });

  it('speaks Hebrew, right to left', async () => {
    await chooseLanguage('he');
    const user = userEvent.setup();
    render(<DisputeForm onSubmit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'לערער על הקריאה' }));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByLabelText('במה הקריאה טעתה?').getAttribute('dir')).toBe('auto');
    await user.click(screen.getByRole('button', { name: 'שליחת הערעור' }));
    expect(screen.getByRole('alert').textContent).toBe('כתבו הערה של 1 עד 500 תווים.');
  });
});
