import { SelectFilter } from '@/components/list/select-filter';
import { useParkOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

interface ParkFilterProps {
  label: string;
  value: number | undefined;
  onChange: (parkId: number | undefined) => void;
}

/** "All parks" or one of the city's parks, by name. */
export function ParkFilter({ label, value, onChange }: ParkFilterProps) {
  const { name } = useFormatters();
  const parks = useParkOptions();
  return (
    <SelectFilter
      label={label}
      value={value}
      options={(parks.data?.items ?? []).map((park) => ({ value: park.id, label: name(park) }))}
      onChange={onChange}
    />
  );
}
