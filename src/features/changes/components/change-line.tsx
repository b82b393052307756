import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ChangeItem, ChangeSectionName } from '@server/contract/changes';
import type {
  FiveOneItem,
  FiveOneState,
  LeadStage,
  ProblemStatus,
  ProjectStage,
  RagStatus,
} from '@server/contract/domain';
import { IndicatorRatingLabel } from '@/components/status/indicator-rating-label';
import { useChangeLabel } from '@/hooks/use-change-label';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

/**
 * A before or after in words: a code of the section's vocabulary (the contract sends codes as
 * text, one vocabulary per section), a figure or a day as it is.
 */
function useWords(section: ChangeSectionName) {
  const { t } = useTranslation();
  return (code: string | null): string | null => {
    if (code === null) return null;
    switch (section) {
      case 'chainStatus':
      case 'reports':
        return t(`status.${code as RagStatus}`);
      case 'fiveOnes':
        return t(`fiveOnes.states.${code as FiveOneState}`);
      case 'projects':
        return t(`projectStage.${code as ProjectStage}`);
      case 'problems':
        return t(`problemStatus.${code as ProblemStatus}`);
      case 'leads':
        return t(`leadStage.${code as LeadStage}`);
      case 'indicators':
        return code;
    }
  };
}

function useSubject(section: ChangeSectionName, subject: string | null) {
  const { t } = useTranslation();
  if (section === 'fiveOnes' && subject) return t(`fiveOnes.items.${subject as FiveOneItem}`);
  return subject;
}

/** The record the change is of, linked to where it is kept in the app. */
function RecordLink({ item }: { item: ChangeItem }) {
  const format = useFormatters();
  const name = <DataText>{format.name(item)}</DataText>;
  switch (item.target) {
    case 'project':
      return (
        <Link to="/projects/$projectId" params={{ projectId: item.targetId }}>
          {name}
        </Link>
      );
    case 'problem':
      return (
        <Link to="/problems/$problemId" params={{ problemId: item.targetId }}>
          {name}
        </Link>
      );
    case 'lead':
      return (
        <Link to="/investment/leads/$leadId" params={{ leadId: item.targetId }}>
          {name}
        </Link>
      );
    case 'chain':
      return (
        <Link to="/chains/$chainId" params={{ chainId: item.targetId }}>
          {name}
        </Link>
      );
  }
}

/** One change: the record, what changed (before → after), the day and who. */
export function ChangeLine({
  section,
  item,
  printed,
}: {
  section: ChangeSectionName;
  item: ChangeItem;
  /** False for the lines left off paper (the page says how many). */
  printed: boolean;
}) {
  const format = useFormatters();
  const word = useWords(section);
  const subject = useSubject(section, item.subject);
  const { label, figure: figureOf } = useChangeLabel();
  const figure = (value: string | null) => figureOf(item, value);
  const what = label(item);
  const moved = item.change === 'status' || item.change === 'state' || item.change === 'stage';
  const before = item.change === 'entered' ? figure(item.before) : word(item.before);
  return (
    <li className="change-line" data-print={printed ? undefined : 'hide'}>
      <span className="change-line__record">
        <RecordLink item={item} />
        {subject ? (
          <span className="change-line__subject">
            {' · '}
            <DataText>{subject}</DataText>
          </span>
        ) : null}
        {section !== 'chainStatus' && section !== 'fiveOnes' && item.chain ? (
          <span className="change-line__chain">
            {' · '}
            <DataText>{format.name(item.chain)}</DataText>
          </span>
        ) : null}
      </span>
      <span className="change-line__what">
        {what}
        {moved || (item.change === 'entered' && before !== null) ? (
          <>
            {' '}
            <span className="change-line__move">
              {before ?? '—'} → {moved ? word(item.after) : figure(item.after)}
            </span>
          </>
        ) : null}
        {item.rating ? (
          <>
            {' '}
            <IndicatorRatingLabel rating={item.rating} />
          </>
        ) : null}
      </span>
      <span className="change-line__when">
        <time dateTime={item.on}>{format.date(item.on)}</time>
        {item.by ? (
          <>
            {' · '}
            <DataText>{item.by}</DataText>
          </>
        ) : null}
      </span>
    </li>
  );
}
