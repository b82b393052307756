CREATE TYPE "public"."lead_action" AS ENUM('strengthen', 'fill', 'extend');--> statement-breakpoint
CREATE TYPE "public"."lead_stage" AS ENUM('identified', 'contacted', 'visited', 'negotiating', 'signed', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."target_firm_size" AS ENUM('large', 'medium', 'small');--> statement-breakpoint
CREATE TYPE "public"."target_firm_source" AS ENUM('leader_recommendation', 'supply_list', 'campaign', 'other');--> statement-breakpoint
CREATE TABLE "campaign_chains" (
	"campaign_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "campaign_chains_campaign_id_chain_id_pk" PRIMARY KEY("campaign_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"city" text NOT NULL,
	"city_en" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "campaigns_dates_order" CHECK ("campaigns"."ends_on" >= "campaigns"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"link_id" integer NOT NULL,
	"target_firm_id" integer NOT NULL,
	"action" "lead_action" NOT NULL,
	"owner_member_id" integer,
	"owner_department_id" integer,
	"stage" "lead_stage" NOT NULL,
	"identified_on" date NOT NULL,
	"contacted_on" date,
	"visited_on" date,
	"negotiating_on" date,
	"signed_on" date,
	"dropped_on" date,
	"drop_reason" text,
	"expected_investment_yi" numeric(14, 2),
	"next_step" text,
	"next_step_due_on" date,
	"campaign_id" integer,
	"project_id" integer,
	"note" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "leads_project_id_unique" UNIQUE("project_id")
);
--> statement-breakpoint
CREATE TABLE "supply_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"link_id" integer NOT NULL,
	"item" text NOT NULL,
	"item_en" text,
	"annual_purchase_yi" numeric(14, 2) NOT NULL,
	"local_share_percent" integer NOT NULL,
	"outside_suppliers" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "supply_items_local_share_range" CHECK ("supply_items"."local_share_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "target_firm_chains" (
	"target_firm_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "target_firm_chains_target_firm_id_chain_id_pk" PRIMARY KEY("target_firm_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "target_firm_links" (
	"target_firm_id" integer NOT NULL,
	"link_id" integer NOT NULL,
	CONSTRAINT "target_firm_links_target_firm_id_link_id_pk" PRIMARY KEY("target_firm_id","link_id")
);
--> statement-breakpoint
CREATE TABLE "target_firms" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"credit_code" text,
	"hq_province" text NOT NULL,
	"hq_city" text NOT NULL,
	"products" text NOT NULL,
	"size" "target_firm_size" NOT NULL,
	"source" "target_firm_source" NOT NULL,
	"supply_item_id" integer,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "target_firms_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "link_id" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "campaign_id" integer;--> statement-breakpoint
ALTER TABLE "campaign_chains" ADD CONSTRAINT "campaign_chains_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_chains" ADD CONSTRAINT "campaign_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_link_id_chain_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."chain_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_target_firm_id_target_firms_id_fk" FOREIGN KEY ("target_firm_id") REFERENCES "public"."target_firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_member_id_task_force_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."task_force_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_department_id_departments_id_fk" FOREIGN KEY ("owner_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_link_id_chain_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."chain_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_firm_chains" ADD CONSTRAINT "target_firm_chains_target_firm_id_target_firms_id_fk" FOREIGN KEY ("target_firm_id") REFERENCES "public"."target_firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_firm_chains" ADD CONSTRAINT "target_firm_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_firm_links" ADD CONSTRAINT "target_firm_links_target_firm_id_target_firms_id_fk" FOREIGN KEY ("target_firm_id") REFERENCES "public"."target_firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_firm_links" ADD CONSTRAINT "target_firm_links_link_id_chain_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."chain_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_firms" ADD CONSTRAINT "target_firms_supply_item_id_supply_items_id_fk" FOREIGN KEY ("supply_item_id") REFERENCES "public"."supply_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_chains_chain_idx" ON "campaign_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "campaigns_starts_idx" ON "campaigns" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "leads_chain_stage_idx" ON "leads" USING btree ("chain_id","stage");--> statement-breakpoint
CREATE INDEX "leads_link_idx" ON "leads" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "leads_target_firm_idx" ON "leads" USING btree ("target_firm_id");--> statement-breakpoint
CREATE INDEX "leads_campaign_idx" ON "leads" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "leads_updated_idx" ON "leads" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "supply_items_chain_idx" ON "supply_items" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "supply_items_link_idx" ON "supply_items" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "target_firm_chains_chain_idx" ON "target_firm_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "target_firm_links_link_idx" ON "target_firm_links" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "target_firms_name_idx" ON "target_firms" USING btree ("name");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_link_id_chain_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."chain_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_link_idx" ON "projects" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "projects_campaign_idx" ON "projects" USING btree ("campaign_id");