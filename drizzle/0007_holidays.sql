CREATE TYPE "public"."holiday_kind" AS ENUM('day_off', 'working_day');--> statement-breakpoint
CREATE TYPE "public"."holiday_source" AS ENUM('library', 'rule', 'staff');--> statement-breakpoint
CREATE TABLE "holiday_calendar_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holiday_calendar_version_single_row" CHECK ("holiday_calendar_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"date" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "holiday_kind" NOT NULL,
	"source" "holiday_source" NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holidays_year_of_date" CHECK ("holidays"."year" = extract(year from "holidays"."date")::integer),
	CONSTRAINT "holidays_removed_by_staff" CHECK (not "holidays"."removed" or "holidays"."source" = 'staff')
);
--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "holidays_year_idx" ON "holidays" USING btree ("year");