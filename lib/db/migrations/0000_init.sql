CREATE TABLE "answers" (
	"attempt_id" text NOT NULL,
	"position" integer NOT NULL,
	"question_ref" text NOT NULL,
	"response" jsonb NOT NULL,
	"response_text" text NOT NULL,
	"score" real NOT NULL,
	"correct" boolean NOT NULL,
	CONSTRAINT "answers_attempt_id_position_pk" PRIMARY KEY("attempt_id","position")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"python" text NOT NULL,
	"platform" text DEFAULT '64bit' NOT NULL,
	"pool" jsonb NOT NULL,
	"question_count" integer NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"attempts_allowed" integer,
	"reveal" text NOT NULL,
	"instructor_secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_count_positive" CHECK ("assignments"."question_count" > 0),
	CONSTRAINT "reveal_known" CHECK ("assignments"."reveal" in ('after_submit', 'after_close', 'never'))
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"number" integer NOT NULL,
	"display_name" text NOT NULL,
	"student_id" text,
	"browser_token" text NOT NULL,
	"plan" jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"score" real
);
--> statement-breakpoint
CREATE TABLE "custom_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"program" text NOT NULL,
	"question" jsonb NOT NULL,
	"answer_key" jsonb NOT NULL,
	"prompt" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_questions" ADD CONSTRAINT "custom_questions_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_question" ON "answers" USING btree ("question_ref");--> statement-breakpoint
CREATE INDEX "attempts_assignment" ON "attempts" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_browser_number" ON "attempts" USING btree ("assignment_id","browser_token","number");--> statement-breakpoint
CREATE INDEX "custom_questions_assignment" ON "custom_questions" USING btree ("assignment_id");