import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { chooseLanguage } from '../../i18n';
import { mockClient, Providers, sessionOf } from '../../test/mockClient';
import { ErasureDetail, Erasures } from './Erasures';

const erasure = (state: 'PENDING' | 'DONE') => ({
  id: 'er1', personId: 'tom', reason: 'Left the company and asked to be forgotten', requestedBy: 'admin',
  requestedAt: '2026-12-01T10:00:00Z', state, completedAt: state === 'DONE' ? '2026-12-01T10:05:00Z' : null,
  steps: [
    { service: 'journal-service', state: 'DONE', completedAt: '2026-12-01T10:00:01Z', attempts: 1, lastError: null },
    { service: 'scoring-service', state, completedAt: state === 'DONE' ? '2026-12-01T10:05:00Z' : null, attempts: state === 'DONE' ? 3 : 2, lastError: state === 'DONE' ? null : 'connection refused' },
  ],
});

describe('erasing a person', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('asks for the id and a reason, confirms, erases, then shows the steps and refreshes them', async () => {
    const user = userEvent.setup();
    let erasureCalls = 0;
    const { client, calls } = mockClient(({ operationName }) => {
      if (operationName === 'Erasures') return { data: { erasures: [] } };
      if (operationName === 'ErasePerson') return { data: { erasePerson: erasure('PENDING') } };
      return { data: { erasure: erasure(++erasureCalls > 1 ? 'DONE' : 'PENDING') } };
    });
    render(
      <Providers client={client} session={sessionOf('admin', ['admin'], [])} path="/admin/erasures">
        <Routes>
          <Route path="/admin/erasures" element={<Erasures />} />
          <Route path="/admin/erasures/:id" element={<ErasureDetail />} />
        </Routes>
      </Providers>,
    );
    expect(await screen.findByText('No erasures yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Erase…' }));
    expect(screen.getByRole('alert').textContent).toBe("Give the person's id and a reason.");

    await user.type(screen.getByLabelText('Person id'), 'tom');
    await user.type(screen.getByLabelText('Reason (kept in the record)'), 'Left the company and asked to be forgotten');
    await user.click(screen.getByRole('button', { name: 'Erase…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Erase tom?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls.some((call) => call.operationName === 'ErasePerson')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Erase…' }));
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { name: 'Erasure of tom' })).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'ErasePerson')?.variables).toEqual({ personId: 'tom', reason: 'Left the company and asked to be forgotten' });
    const scoring = () => screen.getByRole('row', { name: /scoring-service/ });
    expect(within(scoring()).getByText('In progress')).toBeTruthy();
    expect(within(scoring()).getByText('connection refused')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await within(await screen.findByRole('row', { name: /scoring-service/ })).findByText('Done');
    expect(within(scoring()).getByText('3')).toBeTruthy();
  });
});
