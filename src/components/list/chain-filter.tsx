import { SelectFilter } from '@/components/list/select-filter';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

interface ChainFilterProps {
  label: string;
  value: number | undefined;
  onChange: (chainId: number | undefined) => void;
}

/** "All chains" or one of the city's chains, in display order. */
export function ChainFilter({ label, value, onChange }: ChainFilterProps) {
  const { name } = useFormatters();
  const chains = useChainOptions();
  return (
    <SelectFilter
      label={label}
      value={value}
      options={(chains.data?.items ?? []).map((chain) => ({ value: chain.id, label: name(chain) }))}
      onChange={onChange}
    />
  );
}
