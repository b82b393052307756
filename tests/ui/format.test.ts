import { describe, expect, it } from 'vitest';
import { formatYi } from '@/lib/format';

describe('formatYi', () => {
  it('keeps 亿元 in Chinese, to the cent of a 亿', () => {
    expect(formatYi(2024.55, 'zh-CN')).toBe('2,024.55 亿元');
    expect(formatYi(0.3, 'zh-CN')).toBe('0.30 亿元');
  });

  it('turns 亿元 into yuan with a compact suffix in English', () => {
    expect(formatYi(2024.55, 'en-US')).toBe('CN¥202.46B');
    expect(formatYi(0.3, 'en-US')).toBe('CN¥30M');
  });
});
