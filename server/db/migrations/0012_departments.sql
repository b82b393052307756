CREATE TYPE "public"."problem_handling_stage" AS ENUM('awaiting_acceptance', 'accepted', 'handled');--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'department';--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "handling_stage" "problem_handling_stage";--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "step_note" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "department_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;