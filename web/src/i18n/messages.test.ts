import { describe, expect, it } from 'vitest';
import en from './en.json';
import he from './he.json';
import { ERROR_CODES } from '../api/errors';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('messages', () => {
  it('has every English message in Hebrew and no Hebrew message without an English one', () => {
    expect(keys(he).sort()).toEqual(keys(en).sort());
  });

  it('gives every error code the gateway documents a human message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(en.errors[code], code).toMatch(/\w/);
      expect(he.errors[code], code).toMatch(/[\u0590-\u05FF]/);
    }
  });

  it('names every enum value of the schema', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const schema = readFileSync(resolve(process.cwd(), '../docs/schema.graphql'), 'utf8');
    for (const name of ['Outcome', 'Stance', 'BlameTarget', 'Channel', 'Window', 'Language', 'PlaybookStatus',
      'ReadingState', 'ReadingAction', 'ReviewDecision', 'ReviewReason', 'CoachVisibility', 'ErasureState',
      'RescoreStatus'] as const) {
      const body = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))![1];
      const values = body.split(/\s+/).filter(Boolean);
      expect(Object.keys(en.enum[name]).sort(), name).toEqual([...values].sort());
      expect(Object.keys(he.enum[name]).sort(), name).toEqual([...values].sort());
    }
  });
});
