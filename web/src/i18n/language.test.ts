import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initialLanguage } from '.';

describe('the UI language', () => {
  afterEach(() => localStorage.clear());

  it('follows the locale claim unless the user chose one on this device', async () => {
    expect(initialLanguage('he-IL')).toBe('he');
    expect(initialLanguage('en')).toBe('en');
    await chooseLanguage('en');
    expect(initialLanguage('he')).toBe('en');
  });

  it('turns the whole document right-to-left for Hebrew', async () => {
    await chooseLanguage('he');
    expect(document.documentElement.lang).toBe('he');
    expect(document.documentElement.dir).toBe('rtl');
    await chooseLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
