import type { Random } from './random';

/*
 * 统一社会信用代码 (GB 32100-2015): 18 characters that pass the real check-digit rules, so an
 * import validator written against the standard accepts the sample firms.
 */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const DIGITS = '0123456789';

const DISTRICT_CODES: Readonly<Record<string, string>> = {
  涪城区: '510703',
  游仙区: '510704',
  安州区: '510705',
  江油市: '510781',
  三台县: '510722',
  盐亭县: '510723',
  梓潼县: '510725',
  北川县: '510726',
  平武县: '510727',
  高新区: '510703',
  经开区: '510703',
  科技城新区: '510704',
};

/** GB 11714 value of a character: digits as themselves, letters A=10 … Z=35. */
function orgValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

function orgCheck(body: string): string {
  const sum = [...body].reduce(
    (total, char, i) => total + orgValue(char) * (ORG_WEIGHTS[i] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

function codeCheck(first17: string): string {
  const sum = [...first17].reduce(
    (total, char, i) => total + CODE_CHARS.indexOf(char) * (CODE_WEIGHTS[i] ?? 0),
    0,
  );
  return CODE_CHARS.charAt((31 - (sum % 31)) % 31);
}

/**
 * A new, unused code for a company (91 = market regulator, enterprise) registered in `district`.
 * Firms registered in the last decade get the `MA6…` organisation codes Sichuan issues today.
 */
export function creditCode(
  random: Random,
  district: string,
  recent: boolean,
  taken: Set<string>,
): string {
  return regionalCreditCode(random, DISTRICT_CODES[district] ?? '510700', recent, taken);
}

/** The same, for a company registered in the division `region` (a firm outside the city). */
export function regionalCreditCode(
  random: Random,
  region: string,
  recent: boolean,
  taken: Set<string>,
): string {
  for (;;) {
    let body = recent ? 'MA6' : '';
    const pool = recent ? CODE_CHARS : DIGITS;
    while (body.length < 8) body += pool.charAt(random.int(0, pool.length - 1));
    const first17 = `91${region}${body}${orgCheck(body)}`;
    const code = first17 + codeCheck(first17);
    if (taken.has(code)) continue;
    taken.add(code);
    return code;
  }
}

/** True when both check characters of a code are right. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RT-UW-Y]{2}\d{6}[0-9A-HJ-NP-RT-UW-Y]{9}[0-9A-HJ-NP-RT-UW-Y]$/.test(code)) {
    return false;
  }
  const body = code.slice(8, 16);
  return code.charAt(16) === orgCheck(body) && code.charAt(17) === codeCheck(code.slice(0, 17));
}
