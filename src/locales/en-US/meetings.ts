/** 座谈会: the list of meetings with firms and one meeting's page. */
export const meetings = {
  title: 'Meetings with firms',
  intro:
    'Chain leaders, task forces and departments meet firms face to face and collect their problems on the spot. Firms are counted once each, however many meetings they attend.',
  tableCaption: 'Meetings with firms',
  searchLabel: 'Search title, place or host',
  cityWide: 'City-wide',
  columns: {
    title: 'Meeting',
    heldOn: 'Date',
    chain: 'Chain',
    place: 'Place',
    firms: 'Firms attending',
    problems: 'Problems raised',
    resolved: 'Resolved',
  },
  filters: {
    chain: 'Chain',
    from: 'From',
    to: 'To',
  },
  backToList: 'Back to the meetings',
  facts: {
    title: 'Facts',
    heldOn: 'Date',
    chain: 'Chain',
    place: 'Place',
    host: 'Chaired by',
    notes: 'Notes',
    figures:
      '{{firms, number}} firms attending · {{problems, number}} problems raised · {{resolved, number}} resolved',
  },
  firmsTitle: 'Firms attending ({{count, number}})',
  problemsTitle: 'Problems raised there ({{count, number}})',
  noProblems: 'No problems were recorded at this meeting.',
  noFirms: 'No firms recorded as attending.',
  edit: {
    add: 'Add a meeting',
    edit: 'Edit the meeting',
    heldOn: 'Date',
    chain: 'Chain',
    title: 'Title',
    place: 'Place',
    host: 'Host',
    firms: 'Firms attending',
    notes: 'Notes',
  },
};
