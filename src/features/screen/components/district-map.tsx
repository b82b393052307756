import { useTranslation } from 'react-i18next';
import type { Screen } from '@server/contract/screen';
import { useFormatters } from '@/hooks/use-formatters';
import { GRID, placeDistricts } from '@/features/screen/districts';
import { Panel } from '@/features/screen/components/panel';

/** Largest park circle, in canvas pixels; the others by the square root of their firms (area). */
const MAX_DIAMETER = 40;
const MIN_DIAMETER = 12;

/** A tile-grid schematic of the districts, each park a circle sized by its firms. */
export function DistrictMap({ districts, date }: { districts: Screen['districts']; date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  const places = placeDistricts(districts.map((row) => row.district));
  const most = Math.max(1, ...districts.flatMap((row) => row.parks.map((park) => park.firms)));
  return (
    <Panel title={t('screen.map.title')} date={date} area="map">
      <div
        className="screen-map"
        style={{
          gridTemplateColumns: `repeat(${GRID.columns}, 1fr)`,
          gridTemplateRows: `repeat(${GRID.rows}, 1fr)`,
        }}
      >
        {districts.map(({ district, parks }) => {
          const place = places.get(district);
          const firms = parks.reduce((sum, park) => sum + park.firms, 0);
          return (
            <div
              key={district}
              className="screen-map__tile"
              style={{ gridRow: (place?.row ?? 0) + 1, gridColumn: (place?.column ?? 0) + 1 }}
              aria-label={`${district} ${t('screen.map.parks', { count: parks.length, firms })}`}
              role="group"
            >
              <span className="screen-map__name">{district}</span>
              <span className="screen-map__parks">
                {parks.map((park) => {
                  const size = Math.max(MIN_DIAMETER, Math.sqrt(park.firms / most) * MAX_DIAMETER);
                  return (
                    <span
                      key={park.id}
                      className="screen-map__park"
                      style={{ width: size, height: size }}
                      title={`${format.name(park)} ${format.number(park.firms)}`}
                    />
                  );
                })}
              </span>
            </div>
          );
        })}
      </div>
    </Panel>
  );
}
