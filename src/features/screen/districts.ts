/*
 * The schematic map: each district a tile at a row and column that keeps the neighbours of the
 * sample city (绵阳) roughly where they lie — the mountains north-west, the plain south-east.
 * Drawn from nothing but this table and the parks' district field: no boundary data, which in
 * China needs an approval number, and no tiles from the internet. A district the table does not
 * know takes the next free tile, so another city's data still shows every park.
 */

export const GRID = { columns: 5, rows: 4 };

const PLACES: Record<string, [row: number, column: number]> = {
  平武县: [0, 1],
  江油市: [0, 2],
  北川羌族自治县: [1, 0],
  安州区: [1, 1],
  科技城新区: [1, 2],
  梓潼县: [1, 3],
  高新区: [2, 1],
  涪城区: [2, 2],
  游仙区: [2, 3],
  盐亭县: [2, 4],
  经开区: [3, 2],
  三台县: [3, 3],
};

/** Each district's tile, the known ones where they lie and the others in the free tiles. */
export function placeDistricts(districts: string[]): Map<string, { row: number; column: number }> {
  const placed = new Map<string, { row: number; column: number }>();
  const taken = new Set<string>();
  for (const district of districts) {
    const place = PLACES[district];
    if (!place) continue;
    placed.set(district, { row: place[0], column: place[1] });
    taken.add(place.join());
  }
  const free: { row: number; column: number }[] = [];
  for (let row = 0; row < GRID.rows; row += 1) {
    for (let column = 0; column < GRID.columns; column += 1) {
      if (!taken.has(`${row},${column}`)) free.push({ row, column });
    }
  }
  for (const district of districts) {
    if (placed.has(district)) continue;
    const tile = free.shift();
    // More districts than tiles: the rest go below the grid, still shown.
    placed.set(
      district,
      tile ?? {
        row: GRID.rows + Math.floor(placed.size / GRID.columns),
        column: placed.size % GRID.columns,
      },
    );
  }
  return placed;
}
