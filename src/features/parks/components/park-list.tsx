import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, parkSorts } from '@server/contract/list-params';
import { AddPark } from '@/features/parks/components/edit/park-actions';
import { ListPage } from '@/components/list/list-page';
import { useParks } from '@/features/parks/api/get-parks';
import { useParkColumns } from '@/features/parks/components/park-columns';
import { ParkFilters } from '@/features/parks/components/park-filters';
import type { ParkListSearch } from '@/features/parks/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/parks');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'district',
  'chain',
  'specialty',
] as const satisfies readonly (keyof ParkListSearch)[];

export function ParkList() {
  const { t } = useTranslation('parks');
  const search = route.useSearch();
  return (
    <ListPage
      actions={<AddPark />}
      title={t('parks.title')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(parkSorts)}
      defaultSort={defaultSorts.parks}
      filters={(props) => <ParkFilters {...props} />}
      query={useParks(search)}
      caption={t('parks.tableCaption')}
      columns={useParkColumns()}
      getRowId={(park) => String(park.id)}
      exportList="parks"
    />
  );
}
