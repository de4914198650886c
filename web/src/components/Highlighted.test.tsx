import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Highlighted } from './Highlighted';

describe('<Highlighted>', () => {
  it('marks each evidence span inside the Hebrew text, at its offsets, with its stance', () => {
    const text = 'הלקוח לא הקשיב, אבל זו האחריות שלי להכין נתונים.';
    const blame = { start: 0, end: text.indexOf(','), stance: 'BLAME' as const, target: 'CUSTOMER' as const };
    const owned = { start: text.indexOf('זו האחריות שלי'), end: text.indexOf('זו האחריות שלי') + 'זו האחריות שלי'.length, stance: 'OWNERSHIP' as const };
    const { container } = render(<Highlighted text={text} evidence={[owned, blame]} lang="he" />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['הלקוח לא הקשיב', 'זו האחריות שלי']);
    expect(marks.map((mark) => mark.className)).toEqual(['evidence blame', 'evidence ownership']);
    expect(container.textContent).toBe(text);
    expect(container.querySelector('p')?.getAttribute('lang')).toBe('he');
  });
});
