const all = ['chainboard'] as const;

/** Keys of one API resource: `all` invalidates every list and detail of it. */
function resourceKeys<const Name extends string>(name: Name) {
  const root = [...all, name] as const;
  return {
    all: () => root,
    lists: () => [...root, 'list'] as const,
    list: (search: object) => [...root, 'list', search] as const,
    detail: (id: number) => [...root, 'detail', id] as const,
  };
}

/** Every query key of the app, built from the root down so a prefix invalidates a whole branch. */
export const queryKeys = {
  all,
  overview: () => [...all, 'overview'] as const,
  chains: {
    ...resourceKeys('chains'),
    indicators: (id: number) => [...all, 'chains', 'detail', id, 'indicators'] as const,
    history: (id: number, page: number) =>
      [...all, 'chains', 'detail', id, 'history', page] as const,
  },
  parks: resourceKeys('parks'),
  firms: resourceKeys('firms'),
  clusters: resourceKeys('clusters'),
  projects: resourceKeys('projects'),
  problems: {
    ...resourceKeys('problems'),
    /** 督办: under problems, so every problem write refreshes the counts and sheets too. */
    supervision: () => [...all, 'problems', 'supervision'] as const,
    supervisionSheet: (departmentId: number) =>
      [...all, 'problems', 'supervision', 'department', departmentId] as const,
    /** 本部门问题: how many of a department's problems stand at each step. */
    stepCounts: (departmentId: number) =>
      [...all, 'problems', 'step-counts', departmentId] as const,
  },
  /** 补链招商: leads, campaigns, and the funnels and chain maps that count them. */
  leads: resourceKeys('leads'),
  campaigns: resourceKeys('campaigns'),
  /** 座谈会 */
  meetings: resourceKeys('meetings'),
  investment: {
    all: () => [...all, 'investment'] as const,
    funnel: (search: object) => [...all, 'investment', 'funnel', search] as const,
    chain: (chainId: number) => [...all, 'investment', 'chain', chainId] as const,
    /** The target-firm picker's matches, per typed text. */
    targetFirmPicker: () => [...all, 'investment', 'target-firm-picker'] as const,
  },
  targetFirms: resourceKeys('target-firms'),
  departments: () => [...all, 'departments'] as const,
  /** 本周变化: a chain's or the city's changes between two days. */
  changes: (search: object) => [...all, 'changes', search] as const,
  /** The signed-in user's notifications: the panel's list and, under `all`, the bell's count. */
  notifications: resourceKeys('notifications'),
  /** Who is signed in; cleared on sign-out and when the server says the session has ended. */
  session: () => [...all, 'session'] as const,
  /** The signed-in user's own account: the password rules, their second factor. */
  account: {
    passwordRules: () => [...all, 'account', 'password-rules'] as const,
    secondFactor: () => [...all, 'account', 'second-factor'] as const,
    /** A second factor being enrolled: its secret, kept while the screen shows it. */
    enrolment: () => [...all, 'account', 'second-factor', 'enrolment'] as const,
  },
  users: resourceKeys('users'),
  /** Accounts and addresses waiting after wrong passwords (administrators). */
  loginThrottles: () => [...all, 'login-throttles'] as const,
  audit: resourceKeys('audit'),
  /** Which quarters take indicator figures (open, locked, reopened by an administrator). */
  indicatorPeriods: () => [...all, 'indicator-periods'] as const,
  /** The security policy (the security administrator's). */
  securityPolicy: () => [...all, 'security-policy'] as const,
  /** The security audit (the audit administrator). */
  securityEvents: resourceKeys('security-events'),
};
