const all = ['chainboard'] as const;

/** Every query key of the app, built from the root down so a prefix invalidates a whole branch. */
export const queryKeys = {
  all,
  overview: () => [...all, 'overview'] as const,
};
