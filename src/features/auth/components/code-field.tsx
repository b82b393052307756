import type { ComponentProps } from 'react';
import { TextField } from '@/components/form/text-field';

/** A code of the authenticator app: phones show the digit keyboard, browsers may offer the code. */
export function CodeField(props: ComponentProps<typeof TextField>) {
  return (
    <TextField
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      maxLength={40}
      {...props}
    />
  );
}
