import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail, ChainLink, ChainSegment } from '@server/contract/chains';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { EditLauncher } from '@/components/editing/edit-button';
import { useOrderChainLinks } from '@/features/chains/api/order-chain-links';
import { useOrderChainSegments } from '@/features/chains/api/order-chain-segments';
import { useWithdrawChainSegment } from '@/features/chains/api/withdraw-chain-segment';
import {
  AddLinkDialog,
  RemoveLinkDialog,
} from '@/features/chains/components/chain-map-edit/link-dialogs';
import {
  AddSegmentDialog,
  RenameSegmentDialog,
} from '@/features/chains/components/chain-map-edit/segment-dialog';
import { useFormatters } from '@/hooks/use-formatters';
import { ConflictError } from '@/lib/api-client';
import { useCanEditChain } from '@/lib/auth';
import '@/components/editing/editing.css';

/** `list` with the item at `from` moved to `to`. */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

const idAndVersion = ({ id, version }: { id: number; version: number }) => ({ id, version });

/**
 * The chain map's editor, for those who may change the chain: segments and links added, renamed,
 * moved up and down (and links between segments), and removed. Every control is a button, so it
 * works from the keyboard; each move is one versioned write of the whole order.
 */
export function ChainMapEditor({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('editing');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!useCanEditChain(chain.id)) return null;
  return (
    <div className="chain-map-editor">
      <button
        type="button"
        className="button button--quiet edit-launcher"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('editing.mapEdit.close') : t('editing.mapEdit.open')}
      </button>
      {open && <EditorPanel id={panelId} chain={chain} />}
    </div>
  );
}

function EditorPanel({ id, chain }: { id: string; chain: ChainDetail }) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const segments = chain.chainMap;
  const orderSegments = useOrderChainSegments(chain.id);
  const orderLinks = useOrderChainLinks(chain.id);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(
        error instanceof ConflictError
          ? t('editing.mapEdit.changedMeanwhile')
          : t('editing.mapEdit.failed'),
      );
    }
  };
  const moveSegment = (from: number, to: number) =>
    void run(() =>
      orderSegments.mutateAsync({ segments: moved(segments, from, to).map(idAndVersion) }),
    );
  const moveLink = (segment: ChainSegment, from: number, to: number) =>
    void run(() =>
      orderLinks.mutateAsync({
        segmentId: segment.id,
        links: moved(segment.links, from, to).map(idAndVersion),
      }),
    );
  const moveLinkTo = (link: ChainLink, target: ChainSegment) =>
    void run(() =>
      orderLinks.mutateAsync({
        segmentId: target.id,
        links: [...target.links, link].map(idAndVersion),
      }),
    );
  const busy = orderSegments.isPending || orderLinks.isPending;

  return (
    <section id={id} className="chain-map-editor__panel" aria-label={t('editing.mapEdit.heading')}>
      {failure && (
        <p role="alert" className="form-field__error">
          {failure}
        </p>
      )}
      {segments.length === 0 && <p>{t('editing.mapEdit.empty')}</p>}
      <ol className="chain-map-editor__segments">
        {segments.map((segment, index) => {
          const name = format.name(segment);
          return (
            <li key={segment.id}>
              <h3>{name}</h3>
              <span className="row-actions">
                <EditLauncher
                  label={t('editing.mapEdit.renameSegment', { name })}
                  shortLabel={t('editing.mapEdit.short.rename')}
                >
                  {(close) => (
                    <RenameSegmentDialog chainId={chain.id} segment={segment} onClose={close} />
                  )}
                </EditLauncher>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy || index === 0}
                  onClick={() => moveSegment(index, index - 1)}

                  aria-label={t('editing.mapEdit.segmentUp', { name })}
                >
                  {t('editing.mapEdit.short.up')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy || index === segments.length - 1}
                  onClick={() => moveSegment(index, index + 1)}

                  aria-label={t('editing.mapEdit.segmentDown', { name })}
                >
                  {t('editing.mapEdit.short.down')}
                </button>
                <RemoveSegment chainId={chain.id} segment={segment} />
                <EditLauncher
                  label={t('editing.mapEdit.addLink', { segment: name })}
                  shortLabel={t('editing.mapEdit.short.addLink')}
                >
                  {(close) => (
                    <AddLinkDialog chainId={chain.id} segment={segment} onClose={close} />
                  )}
                </EditLauncher>
              </span>
              <ol className="chain-map-editor__links">
                {segment.links.map((link, linkIndex) => {
                  const linkName = format.name(link);
                  const previous = segments[index - 1];
                  const next = segments[index + 1];
                  return (
                    <li key={link.id}>
                      <span>{linkName}</span>{' '}
                      <span className="row-actions">
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={busy || linkIndex === 0}
                          onClick={() => moveLink(segment, linkIndex, linkIndex - 1)}

                          aria-label={t('editing.mapEdit.linkUp', { name: linkName })}
                        >
                          {t('editing.mapEdit.short.up')}
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={busy || linkIndex === segment.links.length - 1}
                          onClick={() => moveLink(segment, linkIndex, linkIndex + 1)}

                          aria-label={t('editing.mapEdit.linkDown', { name: linkName })}
                        >
                          {t('editing.mapEdit.short.down')}
                        </button>
                        {previous && (
                          <button
                            type="button"
                            className="button button--quiet"
                            disabled={busy}
                            onClick={() => moveLinkTo(link, previous)}

                            aria-label={t('editing.mapEdit.linkToPrevious', { name: linkName })}
                          >
                            {t('editing.mapEdit.short.previous')}
                          </button>
                        )}
                        {next && (
                          <button
                            type="button"
                            className="button button--quiet"
                            disabled={busy}
                            onClick={() => moveLinkTo(link, next)}

                            aria-label={t('editing.mapEdit.linkToNext', { name: linkName })}
                          >
                            {t('editing.mapEdit.short.next')}
                          </button>
                        )}
                        <EditLauncher
                          label={t('editing.mapEdit.removeLink', { name: linkName })}
                          shortLabel={t('editing.mapEdit.short.remove')}
                        >
                          {(close) => (
                            <RemoveLinkDialog
                              chainId={chain.id}
                              link={link}
                              segments={segments}
                              onClose={close}
                            />
                          )}
                        </EditLauncher>
                      </span>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
      <EditLauncher label={t('editing.mapEdit.addSegment')}>
        {(close) => <AddSegmentDialog chainId={chain.id} onClose={close} />}
      </EditLauncher>
    </section>
  );
}

/** Removes a segment with a question; the server refuses one that still has links. */
function RemoveSegment({ chainId, segment }: { chainId: number; segment: ChainSegment }) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const name = format.name(segment);
  const withdraw = useWithdrawChainSegment(segment.id, chainId);
  return (
    <ConfirmAction
      label={t('editing.mapEdit.removeSegment', { name })}
      shortLabel={t('editing.mapEdit.short.remove')}
      question={t('editing.mapEdit.confirmRemoveSegment', { name })}
      confirmLabel={t('editing.mapEdit.confirmRemove')}
      action={async () => {
        // The server refuses too; saying so here names the segment without a round trip.
        if (segment.links.length > 0) {
          throw new Error(t('editing.mapEdit.segmentHasLinks', { name }));
        }
        return withdraw.mutateAsync(segment.version);
      }}
    />
  );
}
