import { describe, expect, it } from 'vitest';
import { searchBoolean, searchEnum, searchId, searchParams, searchText } from '@/lib/search-params';

const parse = searchParams({
  q: searchText,
  chain: searchId,
  stalled: searchBoolean,
  stage: searchEnum(['signed', 'started'] as const),
});

describe('search parameters', () => {
  it('keeps the values that fit', () => {
    expect(parse({ q: ' 芯片 ', chain: 3, stalled: false, stage: 'started' })).toEqual({
      q: '芯片',
      chain: 3,
      stalled: false,
      stage: 'started',
    });
  });

  it('reads a number typed into the search box as text', () => {
    expect(parse({ q: 123 })).toEqual({ q: '123' });
  });

  it('drops what does not fit, and what it does not know', () => {
    expect(
      parse({
        q: 'x'.repeat(101),
        chain: 1.5,
        stalled: 'yes',
        stage: 'done',
        other: 'kept?',
      }),
    ).toEqual({});
    expect(parse({ q: '   ', chain: -2 })).toEqual({});
    expect(parse({ chain: '7' })).toEqual({});
  });
});
