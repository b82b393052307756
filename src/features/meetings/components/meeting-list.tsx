import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { defaultSorts, meetingSorts } from '@server/contract/list-params';
import { ListPage } from '@/components/list/list-page';
import { useMeetings } from '@/features/meetings/api/get-meetings';
import { useMeetingColumns } from '@/features/meetings/components/meeting-columns';
import { AddMeeting } from '@/features/meetings/components/edit/meeting-launchers';
import { MeetingFilters } from '@/features/meetings/components/meeting-filters';
import type { MeetingListSearch } from '@/features/meetings/search';
import { searchEnum } from '@/lib/search-params';

const route = getRouteApi('/meetings');

/** What narrows the list, as opposed to its order and page. */
const filterKeys = [
  'q',
  'chain',
  'from',
  'to',
] as const satisfies readonly (keyof MeetingListSearch)[];

export function MeetingList() {
  const { t } = useTranslation('meetings');
  const search = route.useSearch();
  return (
    <ListPage
      title={t('meetings.title')}
      intro={t('meetings.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={searchEnum(meetingSorts)}
      defaultSort={defaultSorts.meetings}
      filters={(props) => <MeetingFilters {...props} />}
      query={useMeetings(search)}
      caption={t('meetings.tableCaption')}
      columns={useMeetingColumns()}
      getRowId={(meeting) => String(meeting.id)}
      exportList="meetings"
      actions={<AddMeeting chainId={search.chain} />}
    />
  );
}
