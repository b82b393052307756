import type { MeetingListItem } from '../../../contract/meetings';
import type { Localized, SheetColumn } from '../columns';

export const meetingsSheetName: Localized = { 'zh-CN': '座谈会', 'en-US': 'Meetings' };

const cityWide: Localized = { 'zh-CN': '全市', 'en-US': 'City-wide' };

/** The meeting list as a sheet: export only (meetings are not imported). */
export const meetingColumns: SheetColumn<MeetingListItem>[] = [
  {
    key: 'title',
    header: { 'zh-CN': '座谈会', 'en-US': 'Meeting' },
    type: 'text',
    value: (meeting) => meeting.title,
  },
  {
    key: 'heldOn',
    header: { 'zh-CN': '日期', 'en-US': 'Date' },
    type: 'date',
    value: (meeting) => meeting.heldOn,
  },
  {
    key: 'chain',
    header: { 'zh-CN': '产业链', 'en-US': 'Chain' },
    type: 'text',
    value: (meeting, language) => meeting.chain?.name ?? cityWide[language],
  },
  {
    key: 'place',
    header: { 'zh-CN': '地点', 'en-US': 'Place' },
    type: 'text',
    value: (meeting) => meeting.place,
  },
  {
    key: 'host',
    header: { 'zh-CN': '主持', 'en-US': 'Host' },
    type: 'text',
    value: (meeting) => meeting.host,
  },
  {
    key: 'firmCount',
    header: { 'zh-CN': '参会企业', 'en-US': 'Firms attending' },
    type: 'number',
    numberFormat: '#,##0',
    value: (meeting) => meeting.firmCount,
  },
  {
    key: 'problemCount',
    header: { 'zh-CN': '收集问题', 'en-US': 'Problems raised' },
    type: 'number',
    numberFormat: '#,##0',
    value: (meeting) => meeting.problemCount,
  },
  {
    key: 'resolvedCount',
    header: { 'zh-CN': '已解决', 'en-US': 'Resolved' },
    type: 'number',
    numberFormat: '#,##0',
    value: (meeting) => meeting.resolvedCount,
  },
];
