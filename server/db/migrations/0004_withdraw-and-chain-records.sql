CREATE TYPE "public"."cluster_assessment_result" AS ENUM('excellent', 'good', 'qualified', 'unqualified');--> statement-breakpoint
CREATE TYPE "public"."firm_withdrawal_reason" AS ENUM('moved_out', 'deregistered');--> statement-breakpoint
CREATE TABLE "cluster_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"year" integer NOT NULL,
	"result" "cluster_assessment_result" NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "chain_segments_chain_position_idx";--> statement-breakpoint
ALTER TABLE "chain_links" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_segments" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "firms" ADD COLUMN "withdrawal_reason" "firm_withdrawal_reason";--> statement-breakpoint
ALTER TABLE "firms" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "parks" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cluster_assessments" ADD CONSTRAINT "cluster_assessments_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_assessments_cluster_idx" ON "cluster_assessments" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE INDEX "chain_segments_chain_idx" ON "chain_segments" USING btree ("chain_id");--> statement-breakpoint
-- Segments were ordered by their position; keep that order now that it is a column of its own.
UPDATE "chain_segments" SET "sort_order" = CASE "position" WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END;
