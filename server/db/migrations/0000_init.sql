CREATE TYPE "public"."chain_category" AS ENUM('strategic', 'future');--> statement-breakpoint
CREATE TYPE "public"."cluster_level" AS ENUM('national', 'provincial', 'sme_feature');--> statement-breakpoint
CREATE TYPE "public"."cluster_status" AS ENUM('candidate', 'recognised', 'under_review');--> statement-breakpoint
CREATE TYPE "public"."firm_tag" AS ENUM('chain_leader', 'little_giant', 'provincial_specialized', 'single_champion', 'high_tech', 'tech_sme', 'above_scale');--> statement-breakpoint
CREATE TYPE "public"."five_one_item" AS ENUM('chain_map', 'leader_firm', 'chief_scientist', 'task_force', 'policy_package');--> statement-breakpoint
CREATE TYPE "public"."five_one_state" AS ENUM('missing', 'in_progress', 'in_place');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('higher_is_better', 'lower_is_better');--> statement-breakpoint
CREATE TYPE "public"."indicator_frequency" AS ENUM('monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."link_strength" AS ENUM('strong', 'weak', 'missing');--> statement-breakpoint
CREATE TYPE "public"."meeting_cadence" AS ENUM('weekly', 'biweekly', 'monthly', 'quarterly');--> statement-breakpoint
CREATE TYPE "public"."policy_status" AS ENUM('draft', 'issued', 'in_force', 'expired');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('open', 'assigned', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."project_origin" AS ENUM('investment_promotion', 'expansion');--> statement-breakpoint
CREATE TYPE "public"."project_stage" AS ENUM('signed', 'started', 'in_production');--> statement-breakpoint
CREATE TYPE "public"."rag_status" AS ENUM('green', 'amber', 'red');--> statement-breakpoint
CREATE TYPE "public"."revenue_band" AS ENUM('over_100b', 'over_10b', 'over_1b', 'over_100m', 'under_100m');--> statement-breakpoint
CREATE TYPE "public"."segment_position" AS ENUM('upstream', 'midstream', 'downstream');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('viewer', 'editor', 'admin');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"chain_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "chain_leader_firms" (
	"chain_id" integer PRIMARY KEY NOT NULL,
	"firm_id" integer NOT NULL,
	"reason" text NOT NULL,
	"designated_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "chain_link_firms" (
	"link_id" integer NOT NULL,
	"firm_id" integer NOT NULL,
	CONSTRAINT "chain_link_firms_link_id_firm_id_pk" PRIMARY KEY("link_id","firm_id")
);
--> statement-breakpoint
CREATE TABLE "chain_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"segment_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"strength" "link_strength" NOT NULL,
	"note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "chain_segments" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"position" "segment_position" NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "chains" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"category" "chain_category" NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text,
	"lead_department_id" integer,
	"status" "rag_status" DEFAULT 'amber' NOT NULL,
	"status_note" text,
	"status_set_by" text,
	"status_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "chains_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "chief_scientists" (
	"chain_id" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"affiliation" text,
	"field" text,
	"appointed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "cluster_chains" (
	"cluster_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "cluster_chains_cluster_id_chain_id_pk" PRIMARY KEY("cluster_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"level" "cluster_level" NOT NULL,
	"status" "cluster_status" NOT NULL,
	"recognised_on" date,
	"recognised_by" text,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "clusters_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "dataset_info" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"is_sample" boolean NOT NULL,
	"city_name" text NOT NULL,
	"city_name_en" text,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seed_version" integer,
	CONSTRAINT "dataset_info_single_row" CHECK ("dataset_info"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "departments_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "firm_chains" (
	"firm_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "firm_chains_firm_id_chain_id_pk" PRIMARY KEY("firm_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "firms" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"credit_code" text,
	"park_id" integer,
	"revenue_band" "revenue_band" NOT NULL,
	"revenue_yi" numeric(14, 2),
	"tags" "firm_tag"[] DEFAULT '{}'::firm_tag[] NOT NULL,
	"founded_year" integer,
	"employees" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "firms_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "five_ones" (
	"chain_id" integer NOT NULL,
	"item" "five_one_item" NOT NULL,
	"state" "five_one_state" DEFAULT 'missing' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "five_ones_chain_id_item_pk" PRIMARY KEY("chain_id","item")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" numeric(16, 4),
	"target" numeric(16, 4) NOT NULL,
	"warning_threshold" numeric(16, 4) NOT NULL,
	"excellent_threshold" numeric(16, 4) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "indicator_values_period_format" CHECK ("indicator_values"."period" ~ '^[0-9]{4}Q[1-4]$')
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"direction" "indicator_direction" DEFAULT 'higher_is_better' NOT NULL,
	"frequency" "indicator_frequency" NOT NULL,
	"source" text NOT NULL,
	"owner_department_id" integer,
	"is_key" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "park_chains" (
	"park_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	"is_main" boolean DEFAULT false NOT NULL,
	CONSTRAINT "park_chains_park_id_chain_id_pk" PRIMARY KEY("park_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "parks" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"district" text NOT NULL,
	"is_specialty" boolean DEFAULT false NOT NULL,
	"area_km2" numeric(10, 2),
	"occupancy_rate" numeric(5, 4),
	"output_yi" numeric(14, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "parks_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"title" text NOT NULL,
	"doc_number" text,
	"issuer" text NOT NULL,
	"issued_on" date,
	"status" "policy_status" NOT NULL,
	"budget_wan" numeric(14, 2),
	"disbursed_wan" numeric(14, 2),
	"beneficiaries" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer,
	"firm_id" integer,
	"title" text NOT NULL,
	"detail" text,
	"category" text NOT NULL,
	"raised_on" date NOT NULL,
	"owner_department_id" integer,
	"deadline" date,
	"status" "problem_status" NOT NULL,
	"resolved_on" date,
	"feedback" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"chain_id" integer NOT NULL,
	"park_id" integer,
	"firm_id" integer,
	"origin" "project_origin" NOT NULL,
	"investment_yi" numeric(14, 2) NOT NULL,
	"stage" "project_stage" NOT NULL,
	"signed_on" date NOT NULL,
	"started_on" date,
	"production_on" date,
	"planned_production_on" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"progress_updated_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "projects_progress_range" CHECK ("projects"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_address" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "status_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"reported_on" date NOT NULL,
	"status" "rag_status" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "task_force_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"department_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "task_forces" (
	"chain_id" integer PRIMARY KEY NOT NULL,
	"head_name" text NOT NULL,
	"head_title" text,
	"lead_department_id" integer,
	"meeting_cadence" "meeting_cadence" NOT NULL,
	"last_meeting_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "user_chain_scopes" (
	"user_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "user_chain_scopes_user_id_chain_id_pk" PRIMARY KEY("user_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_leader_firms" ADD CONSTRAINT "chain_leader_firms_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_leader_firms" ADD CONSTRAINT "chain_leader_firms_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_link_firms" ADD CONSTRAINT "chain_link_firms_link_id_chain_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."chain_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_link_firms" ADD CONSTRAINT "chain_link_firms_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_links" ADD CONSTRAINT "chain_links_segment_id_chain_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."chain_segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_links" ADD CONSTRAINT "chain_links_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD CONSTRAINT "chain_segments_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chains" ADD CONSTRAINT "chains_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chief_scientists" ADD CONSTRAINT "chief_scientists_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_chains" ADD CONSTRAINT "cluster_chains_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_chains" ADD CONSTRAINT "cluster_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_chains" ADD CONSTRAINT "firm_chains_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_chains" ADD CONSTRAINT "firm_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firms" ADD CONSTRAINT "firms_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_ones" ADD CONSTRAINT "five_ones_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_chains" ADD CONSTRAINT "park_chains_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_chains" ADD CONSTRAINT "park_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_chain_id_task_forces_chain_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."task_forces"("chain_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_chain_scopes" ADD CONSTRAINT "user_chain_scopes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_chain_scopes" ADD CONSTRAINT "user_chain_scopes_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_chain_at_idx" ON "audit_events" USING btree ("chain_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_user_idx" ON "audit_events" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "chain_link_firms_firm_idx" ON "chain_link_firms" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "chain_links_segment_idx" ON "chain_links" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "chain_links_chain_idx" ON "chain_links" USING btree ("chain_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chain_segments_chain_position_idx" ON "chain_segments" USING btree ("chain_id","position");--> statement-breakpoint
CREATE INDEX "chains_category_idx" ON "chains" USING btree ("category");--> statement-breakpoint
CREATE INDEX "chains_status_idx" ON "chains" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cluster_chains_chain_idx" ON "cluster_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "clusters_level_idx" ON "clusters" USING btree ("level");--> statement-breakpoint
CREATE INDEX "clusters_status_idx" ON "clusters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "firm_chains_chain_idx" ON "firm_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "firms_name_idx" ON "firms" USING btree ("name");--> statement-breakpoint
CREATE INDEX "firms_park_idx" ON "firms" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "firms_band_idx" ON "firms" USING btree ("revenue_band");--> statement-breakpoint
CREATE INDEX "firms_revenue_idx" ON "firms" USING btree ("revenue_yi");--> statement-breakpoint
CREATE INDEX "firms_tags_idx" ON "firms" USING gin ("tags");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_indicator_period_idx" ON "indicator_values" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_chain_code_idx" ON "indicators" USING btree ("chain_id","code");--> statement-breakpoint
CREATE INDEX "park_chains_chain_idx" ON "park_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "parks_district_idx" ON "parks" USING btree ("district");--> statement-breakpoint
CREATE INDEX "policies_chain_idx" ON "policies" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "policies_status_idx" ON "policies" USING btree ("status");--> statement-breakpoint
CREATE INDEX "problems_chain_status_idx" ON "problems" USING btree ("chain_id","status");--> statement-breakpoint
CREATE INDEX "problems_status_deadline_idx" ON "problems" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "problems_owner_idx" ON "problems" USING btree ("owner_department_id");--> statement-breakpoint
CREATE INDEX "problems_firm_idx" ON "problems" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "problems_raised_idx" ON "problems" USING btree ("raised_on");--> statement-breakpoint
CREATE INDEX "problems_category_idx" ON "problems" USING btree ("category");--> statement-breakpoint
CREATE INDEX "projects_chain_idx" ON "projects" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "projects_park_idx" ON "projects" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "projects_origin_idx" ON "projects" USING btree ("origin");--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "projects_firm_idx" ON "projects" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "projects_stage_progress_idx" ON "projects" USING btree ("stage","progress_updated_on");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "status_reports_chain_idx" ON "status_reports" USING btree ("chain_id","reported_on");--> statement-breakpoint
CREATE INDEX "task_force_members_chain_idx" ON "task_force_members" USING btree ("chain_id");