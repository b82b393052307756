import type { Policy, StatusReport } from '@server/contract/chains';
import type { Indicator, IndicatorValue } from '@server/contract/indicators';
import { WithdrawRestore } from '@/components/withdrawal/withdraw-restore';
import { useWithdrawIndicatorValue } from '@/features/chains/api/withdraw-indicator-value';
import { useWithdrawPolicy } from '@/features/chains/api/withdraw-policy';
import { useWithdrawStatusReport } from '@/features/chains/api/withdraw-status-report';
import { useFormatters } from '@/hooks/use-formatters';

/*
 * 撤回 on the chain page's own records. A withdrawn one leaves the page; the chain's history
 * (修改记录) reverts the withdrawal to bring it back.
 */

export function WithdrawPolicy({ chainId, policy }: { chainId: number; policy: Policy }) {
  const withdraw = useWithdrawPolicy(policy.id, chainId);
  return (
    <WithdrawRestore
      chainId={chainId}
      what="policy"
      name={policy.title}
      withdrawnAt={null}
      withdraw={() => withdraw.mutateAsync(policy.version)}
    />
  );
}

export function WithdrawStatusReport({
  chainId,
  report,
}: {
  chainId: number;
  report: StatusReport;
}) {
  const withdraw = useWithdrawStatusReport(report.id, chainId);
  return (
    <WithdrawRestore
      chainId={chainId}
      what="statusReport"
      name={report.title}
      withdrawnAt={null}
      withdraw={() => withdraw.mutateAsync(report.version)}
    />
  );
}

export function WithdrawIndicatorValue({
  chainId,
  indicator,
  value,
}: {
  chainId: number;
  indicator: Indicator;
  value: IndicatorValue;
}) {
  const format = useFormatters();
  const withdraw = useWithdrawIndicatorValue(value.id, chainId);
  return (
    <WithdrawRestore
      chainId={chainId}
      what="indicatorValue"
      name={`${format.name(indicator)} ${value.period}`}
      withdrawnAt={null}
      withdraw={() => withdraw.mutateAsync(value.version)}
    />
  );
}
