CREATE TABLE "indicator_period_locks" (
	"period" text PRIMARY KEY NOT NULL,
	"reopened_until" date,
	"reason" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "indicator_period_locks_period_format" CHECK ("indicator_period_locks"."period" ~ '^[0-9]{4}Q[1-4]$')
);
--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "as_of" date;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "entered_by" integer;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "entered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Written by hand: figures entered before provenance existed are as of their quarter's last day, from their indicator's source.
UPDATE "indicator_values" AS v SET "as_of" = (make_date(substr(v."period", 1, 4)::int, substr(v."period", 6, 1)::int * 3, 1) + interval '1 month' - interval '1 day')::date, "source" = i."source" FROM "indicators" AS i WHERE i."id" = v."indicator_id" AND v."value" IS NOT NULL;
