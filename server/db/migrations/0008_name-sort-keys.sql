ALTER TABLE "clusters" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "firms" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "parks" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
ALTER TABLE "target_firms" ADD COLUMN "name_sort_key" text;