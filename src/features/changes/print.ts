/** Changes a section lists on paper: seven sections of this many keep the brief to one A4 page. */
export const PRINTED_ITEMS = 4;
