interface PageQuery {
  page: number;
  pageSize: number;
}

/** Rows to skip for the requested page. */
export function pageOffset({ page, pageSize }: PageQuery): number {
  return (page - 1) * pageSize;
}

/** A list response: the page's items, how many match in all, and the page asked for. */
export function toPage<Item>(items: Item[], total: number, { page, pageSize }: PageQuery) {
  return { items, total, page, pageSize };
}
