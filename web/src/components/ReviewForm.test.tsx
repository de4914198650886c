import 'fake-indexeddb/auto';
import '../i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { chooseLanguage } from '../i18n';
import { ReviewForm } from './ReviewForm';

describe('<ReviewForm>', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('confirms with the optional note', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({});
    render(<ReviewForm disputed={false} onSubmit={send} />);
    await user.type(screen.getByLabelText('Note for the rep (optional)'), 'Fair reading.');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(send).toHaveBeenCalledWith({ decision: 'CONFIRM', note: 'Fair reading.' });
    expect(screen.getByRole('status').textContent).toBe('Review saved.');
  });

  it('needs a stance to correct', async () => {
    const user = userEvent.setup();
    const send = vi.fn();
    render(<ReviewForm disputed={false} onSubmit={send} />);
    await user.click(screen.getByLabelText('Correct it'));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the stance you read.');
    expect(screen.getByLabelText('Stance').getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
  });

  it('offers blame targets only for BLAME and MIXED, and BLAME needs one', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({});
    render(<ReviewForm disputed={false} onSubmit={send} />);
    await user.click(screen.getByLabelText('Correct it'));
    await user.selectOptions(screen.getByLabelText('Stance'), 'OWNERSHIP');
    expect(screen.queryByRole('group', { name: 'Whom the reflection blames' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Stance'), 'MIXED');
    expect(screen.getByRole('group', { name: 'Whom the reflection blames' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Stance'), 'BLAME');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert').textContent).toBe('A blaming reflection blames someone: choose at least one.');
    await user.click(screen.getByLabelText('the price'));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(send).toHaveBeenCalledWith({ decision: 'CORRECT', stance: 'BLAME', blameTargets: ['PRICE'], note: null });
  });

  it('drops the targets when the stance changes to one without them', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({});
    render(<ReviewForm disputed={false} onSubmit={send} />);
    await user.click(screen.getByLabelText('Correct it'));
    await user.selectOptions(screen.getByLabelText('Stance'), 'BLAME');
    await user.click(screen.getByLabelText('the customer'));
    await user.selectOptions(screen.getByLabelText('Stance'), 'OWNERSHIP');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(send).toHaveBeenCalledWith({ decision: 'CORRECT', stance: 'OWNERSHIP', blameTargets: [], note: null });
  });

  it('needs a note to correct a disputed reading', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockResolvedValue({});
    render(<ReviewForm disputed onSubmit={send} />);
    await user.click(screen.getByLabelText('Correct it'));
    await user.selectOptions(screen.getByLabelText('Stance'), 'OWNERSHIP');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert').textContent).toBe('The rep disputed this reading: tell them why you correct it.');
    await user.type(screen.getByLabelText('Note for the rep (needed: the rep disputed this reading)'), 'You did own it.');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(send).toHaveBeenCalledWith({ decision: 'CORRECT', stance: 'OWNERSHIP', blameTargets: [], note: 'You did own it.' });
  });

  it('shows the service’s refusal', async () => {
    const user = userEvent.setup();
    const error = new CombinedError({ graphQLErrors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    render(<ReviewForm disputed={false} onSubmit={vi.fn().mockResolvedValue({ error })} />);
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('alert').textContent).toBe('You may not do that.');
  });
});
