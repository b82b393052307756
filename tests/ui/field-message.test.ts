import { describe, expect, it } from 'vitest';
import { translateFieldMessage } from '@/components/form/field-message';

/** Says the translation key a message is put in, to check which one it is. */
const keyOf = ((key: string) => key) as unknown as Parameters<typeof translateFieldMessage>[1];

describe('a problem’s meeting refused by the server', () => {
  it('says the meeting was held too late, is of another chain or was withdrawn, not that it is gone', () => {
    const say = (message: string) => translateFieldMessage(message, keyOf, 'zh-CN').text;
    expect(say('names a meeting held after the problem was raised')).toBe(
      'auth.validation.meetingAfterRaised',
    );
    expect(say('names a meeting of another chain')).toBe('auth.validation.meetingOfAnotherChain');
    expect(say('names a withdrawn meeting')).toBe('auth.validation.meetingWithdrawn');
    expect(say('names no meeting')).toBe('auth.validation.unknownRecord');
  });
});
