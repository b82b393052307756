import type {
  ImportKind,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from '@server/contract/imports';

/** An import route refused the file; `code` and the problems say why, in the server's words. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';

  constructor(
    readonly status: number,
    /** `invalid_file`, `invalid_request`, `forbidden`, `conflict`, or `network`. */
    readonly code: string,
    /** For `invalid_file`: why the reader refused it (`too_large`, `encoding` …). */
    readonly fileCode: string | null,
    readonly problems: ImportProblem[],
    message: string,
  ) {
    super(message);
  }
}

interface SendOptions {
  /** The preview's token: set for the commit, absent for the preview. */
  preview?: string;
  idempotencyKey?: string;
  /** Share of the file sent so far, 0–1: the upload's own progress. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

interface ErrorAnswer {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
  problems?: ImportProblem[];
}

/**
 * Sends the file's bytes to the preview or the commit. XMLHttpRequest, not fetch: only it
 * reports how much of an upload has gone, which the progress bar shows for large files.
 */
export function sendImportFile(
  kind: ImportKind,
  file: File,
  { preview, idempotencyKey, onProgress, signal }: SendOptions,
): Promise<ImportPreview | ImportResult> {
  const url = new URL(
    preview ? `/api/imports/${kind}` : `/api/imports/${kind}/preview`,
    window.location.origin,
  );
  url.searchParams.set('name', file.name);
  if (preview) url.searchParams.set('preview', preview);
  // The bytes rather than the File: some XMLHttpRequest stand-ins (jsdom) send a File empty.
  return file
    .arrayBuffer()
    .then((bytes) => upload(url, bytes, { idempotencyKey, onProgress, signal }));
}

function upload(
  url: URL,
  bytes: ArrayBuffer,
  { idempotencyKey, onProgress, signal }: Omit<SendOptions, 'preview'>,
): Promise<ImportPreview | ImportResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    if (idempotencyKey) request.setRequestHeader('idempotency-key', idempotencyKey);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // Not JSON: a proxy's page; the status says enough.
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as ImportPreview | ImportResult);
        return;
      }
      const answer = (body ?? {}) as ErrorAnswer;
      reject(
        new ImportFailure(
          request.status,
          answer.error?.code ?? 'internal',
          answer.error?.code === 'invalid_file' ? (answer.error.fields?.file ?? null) : null,
          answer.problems ?? [],
          answer.error?.message ?? `HTTP ${request.status}`,
        ),
      );
    };
    request.onerror = () => reject(new ImportFailure(0, 'network', null, [], 'Network error'));
    request.onabort = () => reject(new DOMException('Cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(bytes);
  });
}
