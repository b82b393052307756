CREATE TYPE "public"."session_end_reason" AS ENUM('signed_out', 'idle', 'expired', 'replaced', 'password_changed', 'password_reset', 'second_factor_reset', 'account_changed', 'disabled');--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'security_admin';--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'audit_admin';--> statement-breakpoint
CREATE TABLE "password_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"password_hash" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"code_digest" text NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "security_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"result" text NOT NULL,
	"actor" text,
	"actor_role" text,
	"object" text,
	"client_address" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "security_policy" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"password_min_length" integer DEFAULT 10 NOT NULL,
	"password_min_classes" integer DEFAULT 3 NOT NULL,
	"password_history" integer DEFAULT 5 NOT NULL,
	"password_max_age_days" integer DEFAULT 90 NOT NULL,
	"second_factor_roles" text[] DEFAULT '{editor,admin,security_admin,audit_admin}'::text[] NOT NULL,
	"session_idle_minutes" integer DEFAULT 30 NOT NULL,
	"session_lifetime_hours" integer DEFAULT 12 NOT NULL,
	"single_session" boolean DEFAULT true NOT NULL,
	"requests_per_minute" integer DEFAULT 600 NOT NULL,
	"audit_retention_days" integer DEFAULT 180 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "security_policy_single_row" CHECK ("security_policy"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "second_factor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "end_reason" "session_end_reason";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","changed_at");--> statement-breakpoint
CREATE INDEX "recovery_codes_user_idx" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "security_events_at_idx" ON "security_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "security_events_type_at_idx" ON "security_events" USING btree ("type","at");--> statement-breakpoint
CREATE INDEX "security_events_actor_at_idx" ON "security_events" USING btree ("actor","at");--> statement-breakpoint
CREATE INDEX "security_events_object_at_idx" ON "security_events" USING btree ("object","at");--> statement-breakpoint
CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only the archiving command, inside its own transaction, may remove rows (after writing them out).
  IF TG_OP = 'DELETE' AND current_setting('chainboard.archiving', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'The % trail is append-only: % is refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();--> statement-breakpoint
CREATE TRIGGER "security_events_append_only" BEFORE UPDATE OR DELETE ON "security_events" FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();
