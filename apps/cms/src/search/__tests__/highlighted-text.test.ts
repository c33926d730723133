import { excerptParts, markedParts } from '../highlighted-text';

const M = (text: string) => `\uE000${text}\uE001`;

describe('markedParts', () => {
  it('splits marked text into parts, merging neighbours and making whitespace one space', () => {
    expect(markedParts(`The ${M('night')}${M(' bus')}\n\nruns`)).toEqual([
      { text: 'The ', highlight: false },
      { text: 'night bus', highlight: true },
      { text: ' runs', highlight: false },
    ]);
  });
});

describe('excerptParts', () => {
  const whole = 'First line.\nThe night bus runs at midnight.\nLast line.';

  it('grows the passage to its sentence and adds … on each side it was cut from the text', () => {
    expect(excerptParts(`The ${M('night')} bus`, whole)).toEqual([
      { text: '…The ', highlight: false },
      { text: 'night', highlight: true },
      { text: ' bus runs at midnight.…', highlight: false },
    ]);
  });

  it('adds none for the whole text', () => {
    expect(excerptParts(`First line. The ${M('night')} bus runs at midnight. Last line.`, whole)?.[0]).toEqual({
      text: 'First line. The ',
      highlight: false,
    });
    expect(excerptParts(`First line. The ${M('night')} bus runs at midnight. Last line.`, whole)?.at(-1)?.text).toBe(
      ' bus runs at midnight. Last line.',
    );
  });

  it('is null when nothing in the passage matched', () => {
    expect(excerptParts('The night bus', whole)).toBeNull();
  });
});

describe('excerptParts and sentences', () => {
  const whole = `${'Earlier text runs on here. '.repeat(6)}It was a 2, a ${'school'} record. Then more text follows for a while.`;

  it('starts the passage at its sentence when that is near, and ends it at the full stop', () => {
    const parts = excerptParts(`2, a ${M('school')} record`, whole)!;
    expect(parts.map((part) => part.text).join('')).toBe('…It was a 2, a school record.…');
  });
});
