import { describe, expect, it } from 'vitest';
import { mergeFields, resolveMerge } from '@/components/editing/three-way-merge';

/* The merge of a save that met someone else's newer version, against what the form opened with. */

const base = { investmentYi: 0.54, progress: 30, stage: 'signed', name: '项目甲', note: null };

describe('mergeFields', () => {
  it('keeps theirs where only they changed a field, mine where only I did', () => {
    const merges = mergeFields(['investmentYi', 'progress'], {
      base,
      mine: { ...base, progress: 45 },
      theirs: { ...base, investmentYi: 7.77 },
    });
    expect(merges).toEqual({ investmentYi: 'theirs', progress: 'mine' });
  });

  it('needs no choice where both made the same change or neither changed it', () => {
    const merges = mergeFields(['stage', 'name'], {
      base,
      mine: { ...base, stage: 'started' },
      theirs: { ...base, stage: 'started' },
    });
    expect(merges).toEqual({ stage: 'same', name: 'same' });
  });

  it('calls a field both changed differently a conflict', () => {
    const merges = mergeFields(['progress'], {
      base,
      mine: { ...base, progress: 45 },
      theirs: { ...base, progress: 60 },
    });
    expect(merges).toEqual({ progress: 'conflict' });
  });

  it('counts an absent field as empty and compares lists by their members', () => {
    const merges = mergeFields(['note', 'firmIds', 'detail'], {
      base: { note: null, firmIds: [1, 2] },
      mine: { firmIds: [2, 1], detail: '我补充的' },
      theirs: { note: '对方的说明', firmIds: [1, 2] },
    });
    expect(merges).toEqual({ note: 'theirs', firmIds: 'same', detail: 'mine' });
  });
});

describe('resolveMerge', () => {
  const mine = { ...base, investmentYi: 0.54, progress: 45, stage: 'started' };
  const theirs = { ...base, investmentYi: 7.77, progress: 60, stage: 'signed' };
  const merges = mergeFields(['investmentYi', 'progress', 'stage', 'name'], {
    base,
    mine,
    theirs,
  });

  it('refuses to merge while a conflict has no choice, naming it', () => {
    expect(resolveMerge(merges, { mine, theirs }, {})).toEqual({
      ok: false,
      undecided: ['progress'],
    });
  });

  it('takes each field from the side its merge or the user’s choice names', () => {
    expect(resolveMerge(merges, { mine, theirs }, { progress: 'mine' })).toEqual({
      ok: true,
      values: { investmentYi: 7.77, progress: 45, stage: 'started', name: '项目甲' },
    });
    expect(resolveMerge(merges, { mine, theirs }, { progress: 'theirs' })).toMatchObject({
      values: { progress: 60 },
    });
  });
});
