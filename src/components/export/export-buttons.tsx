import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ExportList } from '@server/contract/exports';
import type { SheetFormat } from '@server/contract/sheets';
import {
  ApiError,
  apiDownload,
  NetworkError,
  TimeoutError,
  type SearchValues,
} from '@/lib/api-client';
import { languages, type Language, defaultLanguage } from '@/lib/i18n';

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
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<SheetFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: SheetFormat) {
    setBusy(format);
    setError(null);
    try {
      const filtersAndSort = Object.fromEntries(
        Object.entries(search).filter(([name]) => !pagingParams.has(name)),
      );
      const language: Language =
        languages.find((code) => code === i18n.language) ?? defaultLanguage;
      const file = await apiDownload(`/api/exports/${list}`, {
        search: { ...filtersAndSort, format, lang: language },
      });
      saveFile(file.blob, file.fileName);
    } catch (thrown) {
      setError(t('exports.failed', { reason: reasonOf(thrown, t) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={t('exports.label')}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--quiet"
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {t(`exports.${format}`)}
        </button>
      ))}
      <span role="status">{busy ? t('exports.busy') : ''}</span>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
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

/** Hands the file to the browser's download, then lets go of it. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
