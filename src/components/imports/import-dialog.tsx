import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ImportKind,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from '@server/contract/imports';
import { translateFieldMessage } from '@/components/form/field-message';
import { ModalDialog } from '@/components/form/modal-dialog';
import { ImportFailure, sendImportFile } from '@/components/imports/send-import-file';
import { apiDownload, newIdempotencyKey } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { saveFile } from '@/lib/save-file';
import '@/components/imports/import-dialog.css';

type Stage =
  | { name: 'choose' }
  | { name: 'uploading'; sent: number; committing: boolean }
  | { name: 'checking'; committing: boolean }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'done'; result: ImportResult };

/** The display keeps big files readable; the counts above the tables cover every row. */
const SHOWN_ROWS = 100;

/** Lists that show what an import of `kind` changes, refreshed after it. */
const affectedLists: Record<ImportKind, readonly (readonly unknown[])[]> = {
  firms: [queryKeys.firms.all(), queryKeys.chains.all()],
  projects: [queryKeys.projects.all(), queryKeys.chains.all(), queryKeys.overview()],
  problems: [queryKeys.problems.all(), queryKeys.chains.all(), queryKeys.overview()],
  'indicator-values': [queryKeys.chains.all(), queryKeys.overview()],
  // A lead signed in the sheet makes its project.
  leads: [
    queryKeys.leads.all(),
    queryKeys.investment.all(),
    queryKeys.projects.all(),
    queryKeys.chains.all(),
    queryKeys.overview(),
  ],
};

interface ImportDialogProps {
  kind: ImportKind;
  onClose: (outcome?: 'saved') => void;
}

/**
 * Template → file → preview → import. Nothing is written before 导入 N 条, and the commit sends
 * the very file the preview checked, with its token: a record changed meanwhile is a 409.
 */
export function ImportDialog({ kind, onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation('editing');
  const { t: tAuth } = useTranslation('auth');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [columns, setColumns] = useState<ImportPreview['columns']>([]);
  const cancel = useRef<AbortController | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const english = i18n.language.startsWith('en');
  const [templateFailed, setTemplateFailed] = useState(false);

  // Fetched, not linked, so the server-free demo's worker answers it like every API request.
  async function downloadTemplate(format: 'xlsx' | 'csv') {
    setTemplateFailed(false);
    try {
      const file = await apiDownload(`/api/imports/${kind}/template`, { search: { format } });
      saveFile(file.blob, file.fileName);
    } catch {
      setTemplateFailed(true);
    }
  }

  const columnName = (key: string | null) => {
    if (key === null) return '—';
    const column = columns.find((candidate) => candidate.key === key);
    return column ? (english ? column.en : column.zh) : key;
  };
  const problemText = (problem: ImportProblem) =>
    problem.code === 'invalid'
      ? translateFieldMessage(String(problem.params.message), tAuth, i18n.language).text
      : t(`editing.import.problems.${problem.code}`, {
          ...problem.params,
          defaultValue: problem.message,
        });

  const send = async (chosen: File, preview?: string) => {
    setFailure(null);
    const committing = preview !== undefined;
    const controller = new AbortController();
    cancel.current = controller;
    setStage({ name: 'uploading', sent: 0, committing });
    try {
      const answer = await sendImportFile(kind, chosen, {
        preview,
        idempotencyKey: committing ? idempotencyKey.current : undefined,
        signal: controller.signal,
        onProgress: (sent) =>
          setStage(
            sent < 1 ? { name: 'uploading', sent, committing } : { name: 'checking', committing },
          ),
      });
      if ('preview' in answer) {
        setColumns(answer.columns);
        setStage({ name: 'preview', preview: answer });
      } else {
        await Promise.all(
          affectedLists[kind].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        );
        setStage({ name: 'done', result: answer });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setFailure(
        error instanceof ImportFailure
          ? error
          : new ImportFailure(0, 'internal', null, [], String(error)),
      );
      setStage({ name: 'choose' });
    }
  };

  const failureText = (error: ImportFailure) => {
    if (error.code === 'invalid_file') {
      return t(`editing.import.file.${error.fileCode ?? 'malformed'}`, {
        defaultValue: error.message,
      });
    }
    if (error.code === 'conflict') return t('editing.import.changedSincePreview');
    if (error.code === 'network') return t('editing.import.network');
    if (error.problems.length > 0) return t('editing.import.cannotImport');
    if (error.code === 'forbidden') return t('editing.import.forbidden');
    return t('editing.import.failed');
  };

  const busy = stage.name === 'uploading' || stage.name === 'checking';
  const preview = stage.name === 'preview' ? stage.preview : null;
  const problems = preview?.problems ?? failure?.problems ?? [];
  const canCommit = preview !== null && preview.problemCount === 0 && file !== null;
  const toWrite = preview ? preview.inserts + preview.updates : 0;

  return (
    <ModalDialog title={t(`editing.import.title.${kind}`)} onClose={() => onClose()}>
      <div className="import-dialog">
        <p className="import-dialog__templates">
          {t('editing.import.template')}{' '}
          {(['xlsx', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--quiet"
              onClick={() => void downloadTemplate(format)}
            >
              {t(format === 'xlsx' ? 'editing.import.templateXlsx' : 'editing.import.templateCsv')}
            </button>
          ))}
        </p>
        {templateFailed && (
          <p role="alert" className="form-alert">
            {t('editing.import.templateFailed')}
          </p>
        )}
        {stage.name !== 'done' && (
          <label className="import-dialog__file">
            {t('editing.import.chooseFile')}
            <input
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              disabled={busy}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                idempotencyKey.current = newIdempotencyKey();
                if (chosen) void send(chosen);
              }}
            />
          </label>
        )}
        {busy && (
          <div className="import-dialog__progress">
            <label>
              {stage.name === 'uploading'
                ? t('editing.import.uploading')
                : t(stage.committing ? 'editing.import.importing' : 'editing.import.checking')}
              <progress max={1} value={stage.name === 'uploading' ? stage.sent : undefined} />
            </label>
          </div>
        )}
        {failure && (
          <p role="alert" className="form-alert">
            {failureText(failure)}
          </p>
        )}
        {preview && (
          <p role="status">
            {t('editing.import.counts', {
              rows: preview.rows,
              inserts: preview.inserts,
              updates: preview.updates,
              unchanged: preview.unchanged,
            })}
          </p>
        )}
        {problems.length > 0 && (
          <table className="import-dialog__table">
            <caption>
              {t('editing.import.problemsCaption', {
                count: preview?.problemCount ?? problems.length,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('editing.import.row')}</th>
                <th scope="col">{t('editing.import.column')}</th>
                <th scope="col">{t('editing.import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, SHOWN_ROWS).map((problem, index) => (
                <tr key={index}>
                  <td>{problem.row ?? t('editing.import.wholeFile')}</td>
                  <td>{columnName(problem.column)}</td>
                  <td>{problemText(problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {preview && preview.changes.length > 0 && (
          <table className="import-dialog__table">
            <caption>
              {t('editing.import.changesCaption', {
                shown: Math.min(preview.changes.length, SHOWN_ROWS),
                count: toWrite,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('editing.import.row')}</th>
                <th scope="col">{t('editing.import.action')}</th>
                <th scope="col">{t('editing.import.record')}</th>
                <th scope="col">{t('editing.import.change')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.slice(0, SHOWN_ROWS).map((change) => (
                <tr key={change.row}>
                  <td>{change.row}</td>
                  <td>{t(`editing.import.actions.${change.action}`)}</td>
                  <td>{change.key}</td>
                  <td>
                    {change.changes
                      .map(
                        (field) =>
                          `${columnName(field.column)}: ${String(field.before ?? '—')} → ${String(field.after ?? '—')}`,
                      )
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {stage.name === 'done' && (
          <p role="status">
            {t('editing.import.done', {
              inserted: stage.result.inserted,
              updated: stage.result.updated,
            })}
          </p>
        )}
        <div className="form-buttons">
          {canCommit && toWrite > 0 && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void send(file, preview.preview)}
            >
              {t('editing.import.commit', { count: toWrite })}
            </button>
          )}
          {stage.name === 'done' ? (
            <button type="button" className="button" onClick={() => onClose('saved')}>
              {t('editing.import.close')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                cancel.current?.abort();
                onClose();
              }}
            >
              {t('editing.cancel')}
            </button>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
