import { describe, expect, test } from 'vitest';
import { rateIndicator } from '../../server/contract/indicator-rating';

describe('rateIndicator', () => {
  const marks = { target: 100, warningThreshold: 90, excellentThreshold: 110 };

  test.each([
    [120, 'excellent'],
    [110, 'excellent'],
    [109.99, 'green'],
    [100, 'green'],
    [95, 'amber'],
    [90, 'amber'],
    [89.99, 'red'],
  ] as const)('higher is better: %d is %s', (value, rating) => {
    expect(rateIndicator({ direction: 'higher_is_better', value, ...marks })).toBe(rating);
  });

  test.each([
    [2, 'excellent'],
    [3, 'excellent'],
    [4, 'green'],
    [5, 'green'],
    [6, 'amber'],
    [7, 'amber'],
    [7.5, 'red'],
  ] as const)('lower is better: %d is %s', (value, rating) => {
    const lowMarks = { target: 5, warningThreshold: 7, excellentThreshold: 3 };
    expect(rateIndicator({ direction: 'lower_is_better', value, ...lowMarks })).toBe(rating);
  });

  test('no value, no rating', () => {
    expect(rateIndicator({ direction: 'higher_is_better', value: null, ...marks })).toBeNull();
  });
});
