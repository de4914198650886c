import { describe, expect, it } from 'vitest';
import { pieces } from './highlight';

describe('pieces', () => {
  it('cuts Hebrew at the analyser’s UTF-16 offsets', () => {
    const text = 'הם רק רצו הנחה ולא הקשיבו. אין מה לעשות.';
    const start = text.indexOf('אין מה לעשות');
    const parts = pieces(text, [{ start, end: start + 'אין מה לעשות'.length }]);
    expect(parts.map((part) => part.text)).toEqual(['הם רק רצו הנחה ולא הקשיבו. ', 'אין מה לעשות', '.']);
    expect(parts[1].span).toBeDefined();
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('counts an emoji as two code units, as Java does', () => {
    const text = '😀 it was my call';
    // Java's String.indexOf("my call") is 10: the emoji is a surrogate pair
    expect(pieces(text, [{ start: 10, end: 17 }])[1].text).toBe('my call');
  });

  it('orders spans, skips the overlapping part and clips spans outside the text', () => {
    const text = 'abcdefghij';
    const parts = pieces(text, [
      { start: 6, end: 8 },
      { start: 1, end: 4 },
      { start: 3, end: 5 },
      { start: 9, end: 40 },
      { start: 20, end: 30 },
    ]);
    expect(parts.map((part) => [part.text, !!part.span])).toEqual([
      ['a', false], ['bcd', true], ['e', true], ['f', false], ['gh', true], ['i', false], ['j', true],
    ]);
  });

  it('leaves a text without spans whole', () => {
    expect(pieces('שלום', [])).toEqual([{ text: 'שלום' }]);
  });
});
