CREATE TABLE "meeting_firms" (
	"meeting_id" integer NOT NULL,
	"firm_id" integer NOT NULL,
	CONSTRAINT "meeting_firms_meeting_id_firm_id_pk" PRIMARY KEY("meeting_id","firm_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"chain_id" integer,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"place" text,
	"host" text,
	"notes" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "meeting_id" integer;--> statement-breakpoint
ALTER TABLE "meeting_firms" ADD CONSTRAINT "meeting_firms_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_firms" ADD CONSTRAINT "meeting_firms_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chain_id_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_firms_firm_idx" ON "meeting_firms" USING btree ("firm_id");--> statement-breakpoint
CREATE INDEX "meetings_chain_held_idx" ON "meetings" USING btree ("chain_id","held_on");--> statement-breakpoint
CREATE INDEX "meetings_held_idx" ON "meetings" USING btree ("held_on");--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problems_meeting_idx" ON "problems" USING btree ("meeting_id");