CREATE TYPE "public"."tech_match_stage" AS ENUM('matching', 'intent', 'contract', 'landed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."tech_need_kind" AS ENUM('process', 'material', 'testing', 'talent', 'other');--> statement-breakpoint
CREATE TYPE "public"."tech_need_status" AS ENUM('open', 'matched', 'met', 'closed');--> statement-breakpoint
CREATE TYPE "public"."tech_need_urgency" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."tech_network" AS ENUM('university_city', 'science_city');--> statement-breakpoint
CREATE TYPE "public"."tech_supply_kind" AS ENUM('institute', 'university', 'team');--> statement-breakpoint
ALTER TYPE "public"."firm_tag" ADD VALUE 'track_racer';--> statement-breakpoint
CREATE TABLE "tech_assistant_chains" (
	"assistant_id" integer NOT NULL,
	"chain_id" integer NOT NULL,
	CONSTRAINT "tech_assistant_chains_assistant_id_chain_id_pk" PRIMARY KEY("assistant_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "tech_assistant_firms" (
	"assistant_id" integer NOT NULL,
	"firm_id" integer NOT NULL,
	CONSTRAINT "tech_assistant_firms_assistant_id_firm_id_pk" PRIMARY KEY("assistant_id","firm_id")
);
--> statement-breakpoint
CREATE TABLE "tech_assistants" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_sort_key" text,
	"supply_id" integer,
	"home_institute" text NOT NULL,
	"batch" integer NOT NULL,
	"term_starts_on" date NOT NULL,
	"term_ends_on" date,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "tech_assistants_batch_range" CHECK ("tech_assistants"."batch" between 1 and 99)
);
--> statement-breakpoint
CREATE TABLE "tech_matches" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"supply_id" integer NOT NULL,
	"assistant_id" integer,
	"stage" "tech_match_stage" NOT NULL,
	"started_on" date NOT NULL,
	"intent_on" date,
	"contract_on" date,
	"landed_on" date,
	"failed_on" date,
	"amount_wan" numeric(14, 2),
	"project_id" integer,
	"note" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "tech_needs" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer NOT NULL,
	"firm_id" integer NOT NULL,
	"title" text NOT NULL,
	"kind" "tech_need_kind" NOT NULL,
	"description" text,
	"urgency" "tech_need_urgency" NOT NULL,
	"raised_on" date NOT NULL,
	"status" "tech_need_status" NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "tech_supplies" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_sort_key" text,
	"name_en" text,
	"kind" "tech_supply_kind" NOT NULL,
	"network" "tech_network",
	"is_local" boolean NOT NULL,
	"field" text NOT NULL,
	"offers" text NOT NULL,
	"contact" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "firms" ADD COLUMN "high_tech_since" integer;--> statement-breakpoint
ALTER TABLE "firms" ADD COLUMN "high_tech_revenue_yi" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "tech_assistant_chains" ADD CONSTRAINT "tech_assistant_chains_assistant_id_tech_assistants_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."tech_assistants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_assistant_chains" ADD CONSTRAINT "tech_assistant_chains_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_assistant_firms" ADD CONSTRAINT "tech_assistant_firms_assistant_id_tech_assistants_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."tech_assistants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_assistant_firms" ADD CONSTRAINT "tech_assistant_firms_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_assistants" ADD CONSTRAINT "tech_assistants_supply_id_tech_supplies_id_fk" FOREIGN KEY ("supply_id") REFERENCES "public"."tech_supplies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_matches" ADD CONSTRAINT "tech_matches_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_matches" ADD CONSTRAINT "tech_matches_need_id_tech_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."tech_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_matches" ADD CONSTRAINT "tech_matches_supply_id_tech_supplies_id_fk" FOREIGN KEY ("supply_id") REFERENCES "public"."tech_supplies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_matches" ADD CONSTRAINT "tech_matches_assistant_id_tech_assistants_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."tech_assistants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_matches" ADD CONSTRAINT "tech_matches_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_needs" ADD CONSTRAINT "tech_needs_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_needs" ADD CONSTRAINT "tech_needs_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tech_assistant_chains_chain_idx" ON "tech_assistant_chains" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "tech_assistant_firms_firm_idx" ON "tech_assistant_firms" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "tech_assistants_batch_idx" ON "tech_assistants" USING btree ("batch");--> statement-breakpoint
CREATE INDEX "tech_matches_chain_stage_idx" ON "tech_matches" USING btree ("chain_id","stage");--> statement-breakpoint
CREATE INDEX "tech_matches_need_idx" ON "tech_matches" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "tech_matches_supply_idx" ON "tech_matches" USING btree ("supply_id");--> statement-breakpoint
CREATE INDEX "tech_matches_assistant_idx" ON "tech_matches" USING btree ("assistant_id");--> statement-breakpoint
CREATE INDEX "tech_matches_landed_idx" ON "tech_matches" USING btree ("landed_on");--> statement-breakpoint
CREATE INDEX "tech_needs_chain_status_idx" ON "tech_needs" USING btree ("chain_id","status");--> statement-breakpoint
CREATE INDEX "tech_needs_firm_idx" ON "tech_needs" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "tech_needs_raised_idx" ON "tech_needs" USING btree ("raised_on");--> statement-breakpoint
CREATE INDEX "tech_supplies_name_idx" ON "tech_supplies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "tech_supplies_kind_idx" ON "tech_supplies" USING btree ("kind");