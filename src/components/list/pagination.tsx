import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('list.pagination')}>
      <button
        type="button"
        className="button button--quiet"
        disabled={page <= 1}
        onClick={() => onPageChange(Math.min(page - 1, pages))}
      >
        {t('list.previousPage')}
      </button>
      <span className="pagination__position">{t('list.pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button--quiet"
        disabled={page >= pages}
        onClick={() => onPageChange(page + 1)}
      >
        {t('list.nextPage')}
      </button>
    </nav>
  );
}
