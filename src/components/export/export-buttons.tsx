import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExportList } from '@server/contract/exports';
import {
  ApiError,
  apiDownload,
  NetworkError,
  TimeoutError,
  type SearchValues,
} from '@/lib/api-client';
import { languages, type Language, defaultLanguage } from '@/lib/i18n';
import { saveFile } from '@/lib/save-file';

const pagingParams = new Set(['page', 'pageSize']);

interface ExportButtonsProps {
  list: ExportList;
  /** The list's search from the address: its filters and sort are exported, its page is not. */
  search: SearchValues;
}

/**
 * 导出 Excel / CSV for a list: exactly the rows its filters select, in its sort, with headers in
 * the interface's language, saved under the name the server gives the file.
 */
export function ExportButtons({ list, search }: ExportButtonsProps) {
  const { t } = useTranslation();
  const { busy, error, download } = useExportDownload();
  const filtersAndSort = Object.fromEntries(
    Object.entries(search).filter(([name]) => !pagingParams.has(name)),
  );
  return (
    <div className="export-buttons" role="group" aria-label={t('exports.label')}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => void download(`/api/exports/${list}`, { ...filtersAndSort, format })}
        >
          {t(`exports.${format}`)}
        </button>
      ))}
      <ExportProgress busy={busy} error={error} />
    </div>
  );
}

/** 全部导出: every list the user may read in one workbook, a sheet each. */
export function ExportAllButton() {
  const { t } = useTranslation();
  const { busy, error, download } = useExportDownload();
  return (
    <div className="export-buttons" role="group" aria-label={t('exports.allLabel')}>
      <button
        type="button"
        className="button button--quiet"
        disabled={busy}
        onClick={() => void download('/api/exports/all', {})}
      >
        {t('exports.all')}
      </button>
      <ExportProgress busy={busy} error={error} />
    </div>
  );
}

function ExportProgress({ busy, error }: { busy: boolean; error: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <span role="status">{busy ? t('exports.busy') : ''}</span>
      {error ? <p role="alert">{error}</p> : null}
    </>
  );
}

/** Downloads an export headed in the interface's language and saves it; one at a time. */
function useExportDownload() {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(path: string, search: SearchValues) {
    setBusy(true);
    setError(null);
    try {
      const language: Language =
        languages.find((code) => code === i18n.language) ?? defaultLanguage;
      const file = await apiDownload(path, { search: { ...search, lang: language } });
      saveFile(file.blob, file.fileName);
    } catch (thrown) {
      setError(t('exports.failed', { reason: reasonOf(thrown, t) }));
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, download };
}

function reasonOf(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof TimeoutError) return t('errors.timeout');
  if (error instanceof ApiError) {
    if (error.status === 503) return t('errors.unavailable');
    // A 400 says what to change (too many rows to export); its message is the server's.
    if (error.status === 400) return error.message;
    return t('errors.server', { status: error.status });
  }
  return t('errors.unexpected');
}
