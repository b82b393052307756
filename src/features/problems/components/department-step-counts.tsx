import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFiltersProps } from '@/components/list/list-page';
import { useProblemStepCounts } from '@/features/problems/api/get-problem-step-counts';
import {
  departmentSteps,
  type DepartmentProblemsSearch,
  type DepartmentStep,
} from '@/features/problems/department-search';
import { useFormatters } from '@/hooks/use-formatters';

interface DepartmentStepCountsProps extends ListFiltersProps<DepartmentProblemsSearch> {
  departmentId: number;
}

/** How many problems stand at each step; pressing one lists just those (again: all of them). */
export function DepartmentStepCounts({
  departmentId,
  search,
  onChange,
}: DepartmentStepCountsProps) {
  const { t } = useTranslation('problems');
  const format = useFormatters();
  const counts = useProblemStepCounts(departmentId).data;
  const choose = (step: DepartmentStep | undefined) => onChange({ step });
  return (
    <div className="filters" role="group" aria-label={t('problems.department.steps')}>
      <StepButton pressed={search.step === undefined} onPress={() => choose(undefined)}>
        {t('problems.department.all')}
      </StepButton>
      {departmentSteps.map((step) => (
        <StepButton
          key={step}
          pressed={search.step === step}
          onPress={() => choose(search.step === step ? undefined : step)}
        >
          {step === 'resolved' ? t('problemStatus.resolved') : t(`problems.stage.${step}`)}{' '}
          {/* Until the counts come, the button still filters; its number follows. */}
          <strong>{counts ? format.number(counts[step]) : '…'}</strong>
        </StepButton>
      ))}
    </div>
  );
}

interface StepButtonProps {
  pressed: boolean;
  onPress: () => void;
  children: ReactNode;
}

function StepButton({ pressed, onPress, children }: StepButtonProps) {
  return (
    <button
      type="button"
      className={pressed ? 'button' : 'button button--quiet'}
      aria-pressed={pressed}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
