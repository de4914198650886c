import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage } from '../i18n';
import { mockClient, Providers, sessionOf } from '../test/mockClient';
import Profile from './Profile';

// jsdom's Blob has no text()
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const profile = {
  rep: { id: 'dana', displayName: 'Dana' }, entries: 0, ownershipIndex: null, winRate: null, stanceMix: [], blameProfile: [],
  archetypeRange: { coverage: 0, evenness: 0, archetypesWon: [] }, persistence: { abandonmentRate: null, encountersPerCustomer: null }, trend: [],
};

describe('the profile page', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('keeps what the scores are for one tap away and downloads the rep’s data as a JSON file', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:my-data';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^onme-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    });
    const { client } = mockClient(({ operationName }) =>
      operationName === 'MyDataExport' ? { data: { myDataExport: '{"encounters":[],"readings":[]}' } } : { data: { archetypes: [], repProfile: profile } });
    render(<Providers client={client} session={sessionOf('dana', ['rep'])}><Profile /></Providers>);
    expect(screen.getByText('What the scores are for')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect(saved[0].type).toBe('application/json');
    expect(JSON.parse(await textOf(saved[0]))).toEqual({ encounters: [], readings: [] });
    clicked.mockRestore();
  });
});
