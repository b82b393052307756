import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeSection as ChangeSectionData } from '@server/contract/changes';
import { ChangeLine } from '@/features/changes/components/change-line';
import { PRINTED_ITEMS } from '@/features/changes/print';

/** Lines a section shows on screen until the reader asks for all: a week of problems runs long. */
const SHOWN_ON_SCREEN = 12;

/** One kind of change with its count; on paper its first few, and how many more there are. */
export function ChangeSectionView({ section }: { section: ChangeSectionData }) {
  const { t } = useTranslation('changes');
  const [showingAll, setShowingAll] = useState(false);
  const titleId = `changes-${section.section}`;
  const shown = showingAll ? section.items : section.items.slice(0, SHOWN_ON_SCREEN);
  const notPrinted = section.total - Math.min(section.items.length, PRINTED_ITEMS);
  return (
    <section className="panel change-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="change-section__title">
        {t(`changes.sections.${section.section}`)}{' '}
        <span className="change-section__count">{section.total}</span>
      </h2>
      {section.total === 0 ? (
        <p className="change-section__empty">{t('changes.emptySection')}</p>
      ) : (
        <ul className="change-section__list">
          {shown.map((item, index) => (
            <ChangeLine
              key={item.key}
              section={section.section}
              item={item}
              printed={index < PRINTED_ITEMS}
            />
          ))}
        </ul>
      )}
      {shown.length < section.items.length ? (
        <button
          type="button"
          className="button button--secondary"
          data-print="hide"
          onClick={() => setShowingAll(true)}
        >
          {t('changes.showAll', { count: section.items.length })}
        </button>
      ) : null}
      {showingAll && section.total > section.items.length ? (
        <p data-print="hide">
          {t('changes.notListed', { count: section.total - section.items.length })}
        </p>
      ) : null}
      {notPrinted > 0 ? (
        <p className="change-section__not-printed">
          {t('changes.notListed', { count: notPrinted })}
        </p>
      ) : null}
    </section>
  );
}
