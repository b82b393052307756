import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import * as domain from '../contract/domain';
import { notificationKinds, notificationSubjects } from '../contract/notification-kinds';

/*
 * One schema for the whole domain, shared by PGlite and PostgreSQL.
 * Amounts: 亿元 (yi, 100 million yuan) for outputs and investments, 万元 (wan, 10 thousand yuan)
 * for policy budgets; the unit is part of every column name so nobody has to guess.
 */

export const chainCategory = pgEnum('chain_category', domain.chainCategories);
export const ragStatus = pgEnum('rag_status', domain.ragStatuses);
export const fiveOneItem = pgEnum('five_one_item', domain.fiveOneItems);
export const fiveOneState = pgEnum('five_one_state', domain.fiveOneStates);
export const segmentPosition = pgEnum('segment_position', domain.segmentPositions);
export const linkStrength = pgEnum('link_strength', domain.linkStrengths);
export const meetingCadence = pgEnum('meeting_cadence', domain.meetingCadences);
export const reportCadence = pgEnum('report_cadence', domain.reportCadences);
export const policyStatus = pgEnum('policy_status', domain.policyStatuses);
export const revenueBand = pgEnum('revenue_band', domain.revenueBands);
export const firmTag = pgEnum('firm_tag', domain.firmTags);
export const clusterLevel = pgEnum('cluster_level', domain.clusterLevels);
export const clusterStatus = pgEnum('cluster_status', domain.clusterStatuses);
export const clusterAssessmentResult = pgEnum(
  'cluster_assessment_result',
  domain.clusterAssessmentResults,
);
export const firmWithdrawalReason = pgEnum('firm_withdrawal_reason', domain.firmWithdrawalReasons);
export const projectStage = pgEnum('project_stage', domain.projectStages);
export const projectOrigin = pgEnum('project_origin', domain.projectOrigins);
export const problemStatus = pgEnum('problem_status', domain.problemStatuses);
export const handlingStage = pgEnum('problem_handling_stage', domain.handlingStages);
export const leadAction = pgEnum('lead_action', domain.leadActions);
export const leadStage = pgEnum('lead_stage', domain.leadStages);
export const targetFirmSource = pgEnum('target_firm_source', domain.targetFirmSources);
export const targetFirmSize = pgEnum('target_firm_size', domain.targetFirmSizes);
export const indicatorFrequency = pgEnum('indicator_frequency', domain.indicatorFrequencies);
export const indicatorDirection = pgEnum('indicator_direction', domain.indicatorDirections);
export const userRole = pgEnum('user_role', domain.userRoles);
export const sessionEndReason = pgEnum('session_end_reason', domain.sessionEndReasons);
export const techNeedKind = pgEnum('tech_need_kind', domain.techNeedKinds);
export const techNeedUrgency = pgEnum('tech_need_urgency', domain.techNeedUrgencies);
export const techNeedStatus = pgEnum('tech_need_status', domain.techNeedStatuses);
export const techSupplyKind = pgEnum('tech_supply_kind', domain.techSupplyKinds);
export const techNetwork = pgEnum('tech_network', domain.techNetworks);
export const techMatchStage = pgEnum('tech_match_stage', domain.techMatchStages);

/**
 * A named record's pinyin sort key (server/db/name-sort-key.ts), set by every write of its name;
 * lists sort by it, on both engines alike. Null only until a started server fills it in.
 */
const nameSorted = { nameSortKey: text('name_sort_key') };

/** Every editable record: optimistic-concurrency version and who touched it last. */
const editable = {
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
};

/**
 * Withdrawn (撤回): entered by mistake, or no longer part of the city's lists. The row stays, so
 * the history keeps it and a revert (or 恢复) brings it back; lists hide it by default.
 */
const withdrawable = {
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
};

const yi = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

/** One row: what this database holds. `isSample` drives the 示例数据 banner. */
export const datasetInfo = pgTable(
  'dataset_info',
  {
    id: integer('id').primaryKey().default(1),
    isSample: boolean('is_sample').notNull(),
    cityName: text('city_name').notNull(),
    cityNameEn: text('city_name_en'),
    loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    seedVersion: integer('seed_version'),
  },
  (t) => [check('dataset_info_single_row', sql`${t.id} = 1`)],
);

export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  ...nameSorted,
  nameEn: text('name_en'),
  ...editable,
});

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: userRole('role').notNull(),
  /** The department a `department` user works for; null for every other role. */
  departmentId: integer('department_id').references(() => departments.id),
  passwordHash: text('password_hash').notNull(),
  /** When the password was last set: the policy's maximum age counts from here. */
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' })
    .notNull()
    .defaultNow(),
  /** A new or reset account: its next sign-in must choose a password of its own. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** The TOTP secret (RFC 6238), base32; null until the user enrols a second factor. */
  totpSecret: text('totp_secret'),
  /** The last TOTP time step accepted: a code is good once, never replayed. */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  /** Where the daily digest of unread notifications goes; none, no mail. */
  email: text('email'),
  /**
   * The city day whose digest this user was claimed for: set before the mail is sent, so two
   * servers never both send it; a failed send puts the day before back, so the next tick retries.
   */
  digestSentOn: date('digest_sent_on', { mode: 'string' }),
  /** Notifications last changed up to this instant were in a digest that was sent. */
  digestThrough: timestamp('digest_through', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  ...editable,
});

/** A user's earlier password hashes, so the policy can refuse the last N again. */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.changedAt)],
);

/** One-time recovery codes for a lost second factor, kept as SHA-256 digests. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeDigest: text('code_digest').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * The security policy (根据安全策略): one row, set by the security administrator. A new
 * database gets the defaults for a real deployment; the sample city relaxes the second factor.
 */
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: integer('id').primaryKey().default(1),
    passwordMinLength: integer('password_min_length').notNull().default(10),
    /** How many of lower case, upper case, digits and other characters a password must mix. */
    passwordMinClasses: integer('password_min_classes').notNull().default(3),
    /** A new password may not be any of the last N (0: no check). */
    passwordHistory: integer('password_history').notNull().default(5),
    /** Days before a password must be changed at the next sign-in (0: never). */
    passwordMaxAgeDays: integer('password_max_age_days').notNull().default(90),
    /** Roles whose users must give a second factor (TOTP) at sign-in. */
    // Text, not the role enum: the migration that adds the administrator roles cannot use them
    // in the same transaction. The API checks each against the roles.
    secondFactorRoles: text('second_factor_roles')
      .array()
      .notNull()
      .default(sql`'{editor,admin,security_admin,audit_admin}'::text[]`),
    sessionIdleMinutes: integer('session_idle_minutes').notNull().default(30),
    sessionLifetimeHours: integer('session_lifetime_hours').notNull().default(12),
    /** One session per account: a new sign-in ends the older one, which is told why. */
    singleSession: boolean('single_session').notNull().default(true),
    /** Requests per minute one session may make before it is told to slow down (429). */
    requestsPerMinute: integer('requests_per_minute').notNull().default(600),
    /** Days the audit trails are kept before they may be archived (never less than 180). */
    auditRetentionDays: integer('audit_retention_days').notNull().default(180),
    ...editable,
  },
  (t) => [check('security_policy_single_row', sql`${t.id} = 1`)],
);

/**
 * The security audit (安全审计): sign-ins, sign-outs, credential, role and policy changes,
 * backups and audit exports. Append-only: a trigger refuses every change and every delete but
 * the archiving command's.
 */
export const securityEvents = pgTable(
  'security_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    type: text('type').notNull(),
    result: text('result').notNull(),
    /** Who did it: the signed-in user, or the username typed at a failed sign-in. */
    actor: text('actor'),
    actorRole: text('actor_role'),
    /** What it was done to: a username, `policy`, a file name. */
    object: text('object'),
    clientAddress: text('client_address'),
    detail: jsonb('detail'),
  },
  (t) => [
    index('security_events_at_idx').on(t.at),
    index('security_events_type_at_idx').on(t.type, t.at),
    index('security_events_actor_at_idx').on(t.actor, t.at),
    index('security_events_object_at_idx').on(t.object, t.at),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
    /** When this session gave the second factor; null while it still has to. */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true, mode: 'date' }),
    /** Ended sessions are kept a while, so their next request can say why they ended. */
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
    endReason: sessionEndReason('end_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const chains = pgTable(
  'chains',
  {
    id: serial('id').primaryKey(),
    /** Stable short name for URLs and imports, e.g. `new-display`. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    category: chainCategory('category').notNull(),
    /** 链长: the city leader who owns the chain. */
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title'),
    leadDepartmentId: integer('lead_department_id').references(() => departments.id),
    status: ragStatus('status').notNull().default('amber'),
    statusNote: text('status_note'),
    statusSetBy: text('status_set_by'),
    statusUpdatedAt: timestamp('status_updated_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    sortOrder: integer('sort_order').notNull().default(0),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    ...editable,
  },
  (t) => [index('chains_category_idx').on(t.category), index('chains_status_idx').on(t.status)],
);

/** The state of each of the five ones (五个一) of a chain; the details live in their own tables. */
export const fiveOnes = pgTable(
  'five_ones',
  {
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    item: fiveOneItem('item').notNull(),
    state: fiveOneState('state').notNull().default('missing'),
    note: text('note'),
    ...editable,
  },
  (t) => [primaryKey({ columns: [t.chainId, t.item] })],
);

export const parks = pgTable(
  'parks',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique(),
    ...nameSorted,
    nameEn: text('name_en'),
    district: text('district').notNull(),
    /** 特色（专业）产业园: the article's ten specialty parks. */
    isSpecialty: boolean('is_specialty').notNull().default(false),
    areaKm2: numeric('area_km2', { precision: 10, scale: 2, mode: 'number' }),
    /** 企业满园: share of the park's industrial land in use, 0–1. */
    occupancyRate: numeric('occupancy_rate', { precision: 5, scale: 4, mode: 'number' }),
    outputYi: yi('output_yi'),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('parks_district_idx').on(t.district)],
);

export const parkChains = pgTable(
  'park_chains',
  {
    parkId: integer('park_id')
      .notNull()
      .references(() => parks.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    /** A 主导 chain of the park (the park's main chains), as opposed to one it also hosts. */
    isMain: boolean('is_main').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.parkId, t.chainId] }),
    index('park_chains_chain_idx').on(t.chainId),
  ],
);

export const firms = pgTable(
  'firms',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ...nameSorted,
    nameEn: text('name_en'),
    /** 统一社会信用代码: the natural key for imports. */
    creditCode: text('credit_code').unique(),
    parkId: integer('park_id').references(() => parks.id, { onDelete: 'set null' }),
    revenueBand: revenueBand('revenue_band').notNull(),
    revenueYi: yi('revenue_yi'),
    tags: firmTag('tags')
      .array()
      .notNull()
      .default(sql`'{}'::firm_tag[]`),
    foundedYear: integer('founded_year'),
    employees: integer('employees'),
    /** The year it became a national high-tech firm (高新技术企业), while it has the tag. */
    highTechSince: integer('high_tech_since'),
    /**
     * 高新技术产品（服务）收入, 亿元: the part of its revenue from its high-tech products, which
     * recognition requires to be most of it; the city's 高新技术产业营业收入 sums these.
     */
    highTechRevenueYi: yi('high_tech_revenue_yi'),
    /** Why it was withdrawn (迁出 / 注销); set with `withdrawnAt`. */
    withdrawalReason: firmWithdrawalReason('withdrawal_reason'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('firms_name_idx').on(t.name),
    index('firms_park_idx').on(t.parkId),
    index('firms_band_idx').on(t.revenueBand),
    index('firms_revenue_idx').on(t.revenueYi),
    index('firms_tags_idx').using('gin', t.tags),
  ],
);

export const firmChains = pgTable(
  'firm_chains',
  {
    firmId: integer('firm_id')
      .notNull()
      .references(() => firms.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.chainId] }),
    index('firm_chains_chain_idx').on(t.chainId),
  ],
);

/** 产业链图谱: three segments per chain, each with its links (环节). */
export const chainSegments = pgTable(
  'chain_segments',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    /** Where in the chain the segment sits; a chain may add segments (延链) at any position. */
    position: segmentPosition('position').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** The map's order of segments, left to right. */
    sortOrder: integer('sort_order').notNull().default(0),
    ...editable,
    ...withdrawable,
  },
  (t) => [index('chain_segments_chain_idx').on(t.chainId)],
);

export const chainLinks = pgTable(
  'chain_links',
  {
    id: serial('id').primaryKey(),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => chainSegments.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    strength: linkStrength('strength').notNull(),
    note: text('note'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('chain_links_segment_idx').on(t.segmentId),
    index('chain_links_chain_idx').on(t.chainId),
  ],
);

export const chainLinkFirms = pgTable(
  'chain_link_firms',
  {
    linkId: integer('link_id')
      .notNull()
      .references(() => chainLinks.id, { onDelete: 'cascade' }),
    firmId: integer('firm_id')
      .notNull()
      .references(() => firms.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.linkId, t.firmId] }),
    index('chain_link_firms_firm_idx').on(t.firmId),
  ],
);

/** 一家链主企业. */
export const chainLeaderFirms = pgTable('chain_leader_firms', {
  chainId: integer('chain_id')
    .primaryKey()
    .references(() => chains.id, { onDelete: 'cascade' }),
  firmId: integer('firm_id')
    .notNull()
    .references(() => firms.id),
  reason: text('reason').notNull(),
  designatedOn: date('designated_on', { mode: 'string' }),
  ...editable,
});

/** 一名首席科学家. */
export const chiefScientists = pgTable('chief_scientists', {
  chainId: integer('chain_id')
    .primaryKey()
    .references(() => chains.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  title: text('title'),
  affiliation: text('affiliation'),
  field: text('field'),
  appointedOn: date('appointed_on', { mode: 'string' }),
  ...editable,
});

/** 一个工作专班. */
export const taskForces = pgTable('task_forces', {
  chainId: integer('chain_id')
    .primaryKey()
    .references(() => chains.id, { onDelete: 'cascade' }),
  headName: text('head_name').notNull(),
  headTitle: text('head_title'),
  leadDepartmentId: integer('lead_department_id').references(() => departments.id),
  meetingCadence: meetingCadence('meeting_cadence').notNull(),
  lastMeetingOn: date('last_meeting_on', { mode: 'string' }),
  /** How often its status report is due; report-periods.ts judges due and missing by it. */
  reportCadence: reportCadence('report_cadence').notNull().default('weekly'),
  ...editable,
});

export const taskForceMembers = pgTable(
  'task_force_members',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => taskForces.chainId, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    sortOrder: integer('sort_order').notNull().default(0),
    ...editable,
  },
  (t) => [index('task_force_members_chain_idx').on(t.chainId)],
);

/** 一套扶持政策: the policies of a chain's package. */
export const policies = pgTable(
  'policies',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    docNumber: text('doc_number'),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    status: policyStatus('status').notNull(),
    budgetWan: numeric('budget_wan', { precision: 14, scale: 2, mode: 'number' }),
    disbursedWan: numeric('disbursed_wan', { precision: 14, scale: 2, mode: 'number' }),
    beneficiaries: integer('beneficiaries'),
    /** Withdrawn from the package (废止): kept for the record, no longer counted. */
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('policies_chain_idx').on(t.chainId), index('policies_status_idx').on(t.status)],
);

export const clusters = pgTable(
  'clusters',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique(),
    ...nameSorted,
    nameEn: text('name_en'),
    level: clusterLevel('level').notNull(),
    status: clusterStatus('status').notNull(),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    recognisedBy: text('recognised_by'),
    description: text('description'),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('clusters_level_idx').on(t.level), index('clusters_status_idx').on(t.status)],
);

/** A cluster may sit outside the twelve chains (连接器, 特冶新材料): zero or more rows. */
export const clusterChains = pgTable(
  'cluster_chains',
  {
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.clusterId, t.chainId] }),
    index('cluster_chains_chain_idx').on(t.chainId),
  ],
);

/** 年度评估: a cluster's yearly assessment, so its history is visible. */
export const clusterAssessments = pgTable(
  'cluster_assessments',
  {
    id: serial('id').primaryKey(),
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    result: clusterAssessmentResult('result').notNull(),
    note: text('note'),
    ...editable,
    ...withdrawable,
  },
  (t) => [index('cluster_assessments_cluster_idx').on(t.clusterId, t.year)],
);

export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ...nameSorted,
    nameEn: text('name_en'),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id),
    parkId: integer('park_id').references(() => parks.id, { onDelete: 'set null' }),
    firmId: integer('firm_id').references(() => firms.id, { onDelete: 'set null' }),
    origin: projectOrigin('origin').notNull(),
    /** The link of the chain map the project fills or strengthens (招商 projects name theirs). */
    linkId: integer('link_id').references(() => chainLinks.id, { onDelete: 'set null' }),
    /** The 招商活动 it was signed at. */
    campaignId: integer('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    investmentYi: yi('investment_yi').notNull(),
    stage: projectStage('stage').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    productionOn: date('production_on', { mode: 'string' }),
    plannedProductionOn: date('planned_production_on', { mode: 'string' }),
    /** Share of the plan done, 0–100. */
    progress: integer('progress').notNull().default(0),
    progressUpdatedOn: date('progress_updated_on', { mode: 'string' }).notNull(),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('projects_chain_idx').on(t.chainId),
    index('projects_park_idx').on(t.parkId),
    index('projects_stage_idx').on(t.stage),
    index('projects_origin_idx').on(t.origin),
    index('projects_signed_idx').on(t.signedOn),
    index('projects_firm_idx').on(t.firmId),
    index('projects_link_idx').on(t.linkId),
    index('projects_campaign_idx').on(t.campaignId),
    index('projects_stage_progress_idx').on(t.stage, t.progressUpdatedOn),
    check('projects_progress_range', sql`${t.progress} between 0 and 100`),
  ],
);

/** 招商活动: a campaign in another city (the article's 三推 in 厦门, 东莞 …) for some chains. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    city: text('city').notNull(),
    cityEn: text('city_en'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    note: text('note'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('campaigns_starts_idx').on(t.startsOn),
    check('campaigns_dates_order', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const campaignChains = pgTable(
  'campaign_chains',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.chainId] }),
    index('campaign_chains_chain_idx').on(t.chainId),
  ],
);

/**
 * 链主供需清单: what a chain's leader firm buys, by link, with the share bought in the city
 * (本地配套率). Every item bought mostly outside the city is a 补链 opportunity.
 */
export const supplyItems = pgTable(
  'supply_items',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    linkId: integer('link_id')
      .notNull()
      .references(() => chainLinks.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    itemEn: text('item_en'),
    /** What the leader firm buys of it in a year, 亿元. */
    annualPurchaseYi: yi('annual_purchase_yi').notNull(),
    /** 本地配套率: the share bought from firms in the city, 0–100. */
    localSharePercent: integer('local_share_percent').notNull(),
    /** Where it comes from today (firms and cities outside). */
    outsideSuppliers: text('outside_suppliers'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('supply_items_chain_idx').on(t.chainId),
    index('supply_items_link_idx').on(t.linkId),
    check('supply_items_local_share_range', sql`${t.localSharePercent} between 0 and 100`),
  ],
);

/** 招商目标企业: a firm outside the city that could fill links of the city's chains. */
export const targetFirms = pgTable(
  'target_firms',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ...nameSorted,
    nameEn: text('name_en'),
    /** 统一社会信用代码, when known. */
    creditCode: text('credit_code').unique(),
    hqProvince: text('hq_province').notNull(),
    hqCity: text('hq_city').notNull(),
    products: text('products').notNull(),
    size: targetFirmSize('size').notNull(),
    source: targetFirmSource('source').notNull(),
    /** The supply-list item it was found from (source `supply_list`). */
    supplyItemId: integer('supply_item_id').references(() => supplyItems.id, {
      onDelete: 'set null',
    }),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('target_firms_name_idx').on(t.name)],
);

/** The chains a target firm could serve; written with the firm, like a firm's chains. */
export const targetFirmChains = pgTable(
  'target_firm_chains',
  {
    targetFirmId: integer('target_firm_id')
      .notNull()
      .references(() => targetFirms.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.targetFirmId, t.chainId] }),
    index('target_firm_chains_chain_idx').on(t.chainId),
  ],
);

/** The links of those chains a target firm could fill. */
export const targetFirmLinks = pgTable(
  'target_firm_links',
  {
    targetFirmId: integer('target_firm_id')
      .notNull()
      .references(() => targetFirms.id, { onDelete: 'cascade' }),
    linkId: integer('link_id')
      .notNull()
      .references(() => chainLinks.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.targetFirmId, t.linkId] }),
    index('target_firm_links_link_idx').on(t.linkId),
  ],
);

/**
 * 招商线索: a target firm courted for a link of a chain, stage by stage. Each stage reached keeps
 * its date; signing makes (or links) the project, so signed projects are the funnel's end.
 */
export const leads = pgTable(
  'leads',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id),
    linkId: integer('link_id')
      .notNull()
      .references(() => chainLinks.id),
    targetFirmId: integer('target_firm_id')
      .notNull()
      .references(() => targetFirms.id),
    action: leadAction('action').notNull(),
    /** Who works it: a task-force member, or else a department. */
    ownerMemberId: integer('owner_member_id').references(() => taskForceMembers.id, {
      onDelete: 'set null',
    }),
    ownerDepartmentId: integer('owner_department_id').references(() => departments.id),
    stage: leadStage('stage').notNull(),
    identifiedOn: date('identified_on', { mode: 'string' }).notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }),
    visitedOn: date('visited_on', { mode: 'string' }),
    negotiatingOn: date('negotiating_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    droppedOn: date('dropped_on', { mode: 'string' }),
    dropReason: text('drop_reason'),
    /** 亿元 */
    expectedInvestmentYi: yi('expected_investment_yi'),
    nextStep: text('next_step'),
    nextStepDueOn: date('next_step_due_on', { mode: 'string' }),
    campaignId: integer('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    /** The project signing made or linked: one lead per project. */
    projectId: integer('project_id')
      .unique()
      .references(() => projects.id, { onDelete: 'set null' }),
    note: text('note'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('leads_chain_stage_idx').on(t.chainId, t.stage),
    index('leads_link_idx').on(t.linkId),
    index('leads_target_firm_idx').on(t.targetFirmId),
    index('leads_campaign_idx').on(t.campaignId),
    index('leads_updated_idx').on(t.updatedAt),
  ],
);

/*
 * 科技创新: firms' technology needs, who can supply them, the 科技助理 who connect the two, and
 * the matches (技术对接) they make, up to a transfer that lands (成果转化落地).
 */

/** 技术需求: raised by a firm of a chain; its chain never changes. */
export const techNeeds = pgTable(
  'tech_needs',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id),
    firmId: integer('firm_id')
      .notNull()
      .references(() => firms.id),
    title: text('title').notNull(),
    kind: techNeedKind('kind').notNull(),
    description: text('description'),
    urgency: techNeedUrgency('urgency').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    status: techNeedStatus('status').notNull(),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('tech_needs_chain_status_idx').on(t.chainId, t.status),
    index('tech_needs_firm_idx').on(t.firmId),
    index('tech_needs_raised_idx').on(t.raisedOn),
  ],
);

/** 技术供给: an institute, a university or a team, a member of 云上两城 or not. */
export const techSupplies = pgTable(
  'tech_supplies',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ...nameSorted,
    nameEn: text('name_en'),
    kind: techSupplyKind('kind').notNull(),
    /** Which half of 云上两城 it has joined (入驻); null when it is not a member. */
    network: techNetwork('network'),
    /** In the city (本地科研院所) or outside it. */
    isLocal: boolean('is_local').notNull(),
    field: text('field').notNull(),
    offers: text('offers').notNull(),
    contact: text('contact'),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('tech_supplies_name_idx').on(t.name), index('tech_supplies_kind_idx').on(t.kind)],
);

/** 科技助理: sent by an institute, in a batch (第一/二/三批), to serve chains and firms. */
export const techAssistants = pgTable(
  'tech_assistants',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    ...nameSorted,
    /** The institute, university or team they come from, when it is one of the supplies. */
    supplyId: integer('supply_id').references(() => techSupplies.id, { onDelete: 'set null' }),
    /** Where they come from, as written (always set, also when `supplyId` names it). */
    homeInstitute: text('home_institute').notNull(),
    batch: integer('batch').notNull(),
    termStartsOn: date('term_starts_on', { mode: 'string' }).notNull(),
    termEndsOn: date('term_ends_on', { mode: 'string' }),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('tech_assistants_batch_idx').on(t.batch),
    check('tech_assistants_batch_range', sql`${t.batch} between 1 and 99`),
  ],
);

/** The chains an assistant serves; written with the assistant. */
export const techAssistantChains = pgTable(
  'tech_assistant_chains',
  {
    assistantId: integer('assistant_id')
      .notNull()
      .references(() => techAssistants.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.assistantId, t.chainId] }),
    index('tech_assistant_chains_chain_idx').on(t.chainId),
  ],
);

/** The firms an assistant serves (of the chains they serve); written with the assistant. */
export const techAssistantFirms = pgTable(
  'tech_assistant_firms',
  {
    assistantId: integer('assistant_id')
      .notNull()
      .references(() => techAssistants.id, { onDelete: 'cascade' }),
    firmId: integer('firm_id')
      .notNull()
      .references(() => firms.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.assistantId, t.firmId] }),
    index('tech_assistant_firms_firm_idx').on(t.firmId),
  ],
);

/**
 * 技术对接: a need matched with a supply, most often by a 科技助理, stage by stage; each stage
 * reached keeps its date. Its chain is its need's, copied so scope and counts need no join.
 */
export const techMatches = pgTable(
  'tech_matches',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id),
    needId: integer('need_id')
      .notNull()
      .references(() => techNeeds.id),
    supplyId: integer('supply_id')
      .notNull()
      .references(() => techSupplies.id),
    assistantId: integer('assistant_id').references(() => techAssistants.id, {
      onDelete: 'set null',
    }),
    stage: techMatchStage('stage').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    intentOn: date('intent_on', { mode: 'string' }),
    contractOn: date('contract_on', { mode: 'string' }),
    landedOn: date('landed_on', { mode: 'string' }),
    failedOn: date('failed_on', { mode: 'string' }),
    /** 万元: the money of the cooperation (contract, transfer fee, investment). */
    amountWan: numeric('amount_wan', { precision: 14, scale: 2, mode: 'number' }),
    /** The project a landed transfer became. */
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'set null' }),
    note: text('note'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('tech_matches_chain_stage_idx').on(t.chainId, t.stage),
    index('tech_matches_need_idx').on(t.needId),
    index('tech_matches_supply_idx').on(t.supplyId),
    index('tech_matches_assistant_idx').on(t.assistantId),
    index('tech_matches_landed_idx').on(t.landedOn),
  ],
);

/**
 * 座谈会: a face-to-face meeting with firms, of one chain or city-wide (chain null), where the
 * firms raise their problems. The article counts the meetings, the firms that came and the
 * problems collected there.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id').references(() => chains.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    place: text('place'),
    /** Who chaired it: the chain leader, a department. */
    host: text('host'),
    notes: text('notes'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('meetings_chain_held_idx').on(t.chainId, t.heldOn),
    index('meetings_held_idx').on(t.heldOn),
  ],
);

/** The firms that attended a meeting. */
export const meetingFirms = pgTable(
  'meeting_firms',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    firmId: integer('firm_id')
      .notNull()
      .references(() => firms.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.firmId] }),
    index('meeting_firms_firm_idx').on(t.firmId),
  ],
);

/** 企业问题 / 诉求: collected → assigned → handled → fed back (收集—交办—办理—反馈). */
export const problems = pgTable(
  'problems',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id').references(() => chains.id),
    firmId: integer('firm_id').references(() => firms.id, { onDelete: 'set null' }),
    /** The 座谈会 it was raised at, if any. */
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    detail: text('detail'),
    category: text('category').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    ownerDepartmentId: integer('owner_department_id').references(() => departments.id),
    deadline: date('deadline', { mode: 'string' }),
    status: problemStatus('status').notNull(),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    feedback: text('feedback'),
    /** The owner department's progress while assigned; null (waiting) after each 交办. */
    handlingStage: handlingStage('handling_stage'),
    /** The department's response (办理意见). */
    response: text('response'),
    /** The last step's note: the 交办 note, or why the firm was not satisfied. */
    stepNote: text('step_note'),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    index('problems_chain_status_idx').on(t.chainId, t.status),
    index('problems_status_deadline_idx').on(t.status, t.deadline),
    index('problems_owner_idx').on(t.ownerDepartmentId),
    index('problems_firm_idx').on(t.firmId),
    index('problems_raised_idx').on(t.raisedOn),
    index('problems_category_idx').on(t.category),
    index('problems_meeting_idx').on(t.meetingId),
  ],
);

export const indicators = pgTable(
  'indicators',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    /** Stable kind, the same across chains: output, investment, growth, firms, problem_resolution. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    unit: text('unit').notNull(),
    direction: indicatorDirection('direction').notNull().default('higher_is_better'),
    frequency: indicatorFrequency('frequency').notNull(),
    source: text('source').notNull(),
    ownerDepartmentId: integer('owner_department_id').references(() => departments.id),
    /** Shown on the overview card against its target. */
    isKey: boolean('is_key').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    ...editable,
  },
  (t) => [uniqueIndex('indicators_chain_code_idx').on(t.chainId, t.code)],
);

/** One period's figure with the target and the two thresholds it is judged against. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: serial('id').primaryKey(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    /** `2026Q3`. */
    period: text('period').notNull(),
    value: numeric('value', { precision: 16, scale: 4, mode: 'number' }),
    target: numeric('target', { precision: 16, scale: 4, mode: 'number' }).notNull(),
    /** Below this (above, for lower-is-better) the figure is red; between it and target, amber. */
    warningThreshold: numeric('warning_threshold', {
      precision: 16,
      scale: 4,
      mode: 'number',
    }).notNull(),
    /** At or beyond this the figure is excellent. */
    excellentThreshold: numeric('excellent_threshold', {
      precision: 16,
      scale: 4,
      mode: 'number',
    }).notNull(),
    /** The day the figure is as of, within its quarter; null while no figure is in. */
    asOf: date('as_of', { mode: 'string' }),
    /** Where the figure comes from: 统计局月报, 企业填报. */
    source: text('source'),
    /** Who last entered the figure and when (null for figures loaded with the sample city). */
    enteredBy: integer('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true, mode: 'date' }),
    ...withdrawable,
    ...editable,
  },
  (t) => [
    uniqueIndex('indicator_values_indicator_period_idx').on(t.indicatorId, t.period),
    check('indicator_values_period_format', sql`${t.period} ~ '^[0-9]{4}Q[1-4]$'`),
  ],
);

/**
 * A quarter an administrator reopened (or relocked) for indicator figures, city-wide. Without a
 * row a quarter follows the automatic rule (contract/indicator-periods.ts).
 */
export const indicatorPeriodLocks = pgTable(
  'indicator_period_locks',
  {
    /** `2026Q3`. */
    period: text('period').primaryKey(),
    /** The last city day the quarter takes figures; null once relocked. */
    reopenedUntil: date('reopened_until', { mode: 'string' }),
    reason: text('reason').notNull(),
    ...editable,
  },
  (t) => [check('indicator_period_locks_period_format', sql`${t.period} ~ '^[0-9]{4}Q[1-4]$'`)],
);

/** 专班动态. */
export const statusReports = pgTable(
  'status_reports',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    status: ragStatus('status').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    authorName: text('author_name').notNull(),
    ...withdrawable,
    ...editable,
  },
  (t) => [index('status_reports_chain_idx').on(t.chainId, t.reportedOn)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    chainId: integer('chain_id').references(() => chains.id, { onDelete: 'set null' }),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_chain_at_idx').on(t.chainId, t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_at_idx').on(t.at),
    index('audit_events_user_idx').on(t.userId),
  ],
);

/**
 * 通知: one row per reader. `params` hold the values the text is made of (a title, a count, a
 * date), so the reader's own language words it. `dedupeKey` makes a notification unique per
 * reader, kind and subject: the sweep's keys are a deadline or a report period, so running it
 * again adds nothing; a chain change's key is its author and the time of the first write it
 * gathers (see server/app/notifications/chain-changes.ts).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    subjectType: text('subject_type', { enum: notificationSubjects }).notNull(),
    subjectId: integer('subject_id').notNull(),
    chainId: integer('chain_id').references(() => chains.id, { onDelete: 'cascade' }),
    dedupeKey: text('dedupe_key').notNull(),
    params: jsonb('params').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The last write a coalesced notification gathered; its `createdAt` otherwise. */
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_idx').on(
      t.recipientId,
      t.kind,
      t.subjectType,
      t.subjectId,
      t.dedupeKey,
    ),
    index('notifications_recipient_idx').on(t.recipientId, t.updatedAt),
  ],
);

export const userChainScopes = pgTable(
  'user_chain_scopes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.chainId] })],
);

/**
 * Every sign-in attempt, so failures can be limited per account and per address across all
 * servers sharing the database.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** As typed, lower-cased: attempts on unknown names count too. */
    username: text('username').notNull(),
    clientAddress: text('client_address').notNull(),
    succeeded: boolean('succeeded').notNull(),
    /**
     * Set when an administrator cleared the throttle this failure was part of: it no longer
     * slows anyone down, but stays on record.
     */
    clearedAt: timestamp('cleared_at', { withTimezone: true, mode: 'date' }),
    clearedBy: text('cleared_by'),
  },
  (t) => [
    index('login_attempts_username_at_idx').on(t.username, t.at),
    index('login_attempts_address_at_idx').on(t.clientAddress, t.at),
  ],
);

/**
 * The answer to a create sent with an `Idempotency-Key`: the same key again (a retry after a
 * lost response) gets this answer instead of a second record.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** `POST /api/chains/3/projects`: a key reused on another route is refused, not replayed. */
    route: text('route').notNull(),
    /**
     * SHA-256 of the request's body: the same key with another body is refused (422), since
     * replaying the first answer would silently drop the second create.
     */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * How many times the city's data has changed: one row, raised by every write's transaction as
 * its last step. Raising it locks the row until commit, so writes commit in the order of the
 * count, and a reader that sees count n sees every change up to n. Figures derived from the data
 * (the overview's) can then be kept while the count stays the same, on any number of servers.
 */
export const dataVersion = pgTable('data_version', {
  /** Always 1: the table has one row. */
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
