/** A chain whose status was last set more than this many whole days ago gets a stale alert. */
export const STALE_STATUS_DAYS = 30;

/** A project not yet in production whose progress is older than this many days is stalled. */
export const STALLED_PROJECT_DAYS = 90;

/** An open lead (not signed, not dropped) without an update for more than this many days is stalled. */
export const STALLED_LEAD_DAYS = 30;

/** A chain's editors are reminded when its current status report is due within this many days. */
export const REPORT_DUE_SOON_DAYS = 2;

/** 督办: calendar days overdue after which a problem turns red, unless PROBLEM_RED_AFTER_DAYS says. */
export const DEFAULT_PROBLEM_RED_AFTER_DAYS = 7;

/** A problem's chain editors are notified when its deadline is this many days away or nearer. */
export const DEFAULT_PROBLEM_DUE_SOON_DAYS = 3;
