import { pinyin } from 'pinyin-pro';

/**
 * The key a name sorts by: Chinese readers look names up in pinyin order (安徽 before 北京,
 * 重庆 under c), which code points do not give, and PGlite has no ICU collation to give it.
 * So the key is kept with the record, made from the whole name (a word's reading, not each
 * character's), and compared byte by byte (`collate "C"`) on both engines: syllables with their
 * tone digit, `ü` as `v`, separated by spaces (`an1` before `ang1`), other text lower-cased.
 */
export function nameSortKey(name: string): string {
  return pinyin(name.normalize('NFKC'), {
    toneType: 'num',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  })
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
}

/** Rows of a table sorted by name, with their sort key. */
export function withNameSortKey<Row extends { name: string }>(
  rows: readonly Row[],
): (Row & { nameSortKey: string })[] {
  return rows.map((row) => ({ ...row, nameSortKey: nameSortKey(row.name) }));
}
