/** Indicators' units as the API stores them, and the key of their label in each language. */
const unitKeys: Record<string, 'yi' | 'percent' | 'firms'> = {
  亿元: 'yi',
  '%': 'percent',
  家: 'firms',
};

export function unitKey(unit: string): 'yi' | 'percent' | 'firms' | undefined {
  return unitKeys[unit];
}
