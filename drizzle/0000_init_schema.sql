CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`actor_member_id` integer,
	`actor_contact_id` integer,
	`actor_name` text,
	`channel` text NOT NULL,
	`verb` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`client_id` integer,
	`summary` text NOT NULL,
	`before` text,
	`after` text,
	`undo_of` integer,
	`undone_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activities_ws_client_idx` ON `activities` (`workspace_id`,`client_id`,`id`);--> statement-breakpoint
CREATE INDEX `activities_ws_idx` ON `activities` (`workspace_id`,`id`);--> statement-breakpoint
CREATE TABLE `approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`conversation_id` text,
	`channel` text NOT NULL,
	`tool_name` text NOT NULL,
	`input` text NOT NULL,
	`input_hash` text NOT NULL,
	`summary` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`result` text,
	`expires_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`number` text NOT NULL,
	`id_number` text,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`website_domain` text,
	`email` text,
	`phone` text,
	`website` text,
	`industry` text,
	`tax_id` text,
	`address_line1` text,
	`address_line2` text,
	`city` text,
	`region` text,
	`postal_code` text,
	`country` text,
	`currency` text,
	`payment_terms` integer,
	`reminder_tone` text,
	`status` text DEFAULT 'lead' NOT NULL,
	`value` real,
	`start_date` text,
	`end_date` text,
	`owner_id` integer,
	`group_id` integer,
	`portal_enabled` integer DEFAULT true NOT NULL,
	`portal_epoch` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`enrichment_state` text DEFAULT 'none' NOT NULL,
	`enrichment_error` text,
	`enrichment_data` text,
	`enriched_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`last_activity_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_ws_number_uq` ON `clients` (`workspace_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `clients_ws_id_number_uq` ON `clients` (`workspace_id`,`id_number`);--> statement-breakpoint
CREATE INDEX `clients_ws_name_key_idx` ON `clients` (`workspace_id`,`name_key`);--> statement-breakpoint
CREATE INDEX `clients_ws_domain_idx` ON `clients` (`workspace_id`,`website_domain`);--> statement-breakpoint
CREATE INDEX `clients_ws_name_idx` ON `clients` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `clients_ws_created_idx` ON `clients` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `clients_ws_activity_idx` ON `clients` (`workspace_id`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `clients_ws_status_idx` ON `clients` (`workspace_id`,`status`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`name` text,
	`email` text,
	`phone` text,
	`job_title` text,
	`role` text,
	`is_primary` integer DEFAULT false NOT NULL,
	`is_billing_default` integer DEFAULT false NOT NULL,
	`portal_enabled` integer DEFAULT true NOT NULL,
	`portal_last_sign_in_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_client_email_uq` ON `contacts` (`client_id`,`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_one_primary_uq` ON `contacts` (`client_id`) WHERE is_primary = 1;--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_one_billing_uq` ON `contacts` (`client_id`) WHERE is_billing_default = 1;--> statement-breakpoint
CREATE INDEX `contacts_ws_email_idx` ON `contacts` (`workspace_id`,`email`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`member_id` integer,
	`channel` text NOT NULL,
	`title` text,
	`messages` text DEFAULT '[]' NOT NULL,
	`focus` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conversations_ws_member_idx` ON `conversations` (`workspace_id`,`member_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `csv_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`member_id` integer,
	`filename` text,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`report` text,
	`status` text DEFAULT 'dry_run' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`applied_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`name` text NOT NULL,
	`currency` text,
	`payment_terms` integer,
	`reminder_tone` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groups_ws_name_uq` ON `groups` (`workspace_id`,`name`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`project_id` integer,
	`number` text NOT NULL,
	`description` text,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text DEFAULT 'issued' NOT NULL,
	`issued_on` text,
	`due_on` text,
	`amount_paid_cents` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_ws_number_uq` ON `invoices` (`workspace_id`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_client_idx` ON `invoices` (`client_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`name` text,
	`email` text,
	`role` text DEFAULT 'manager' NOT NULL,
	`slack_team_id` text,
	`slack_user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_ws_email_uq` ON `members` (`workspace_id`,`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_ws_slack_uq` ON `members` (`workspace_id`,`slack_team_id`,`slack_user_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`body` text NOT NULL,
	`author_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notes_client_idx` ON `notes` (`client_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outreach_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`contact_id` integer,
	`goal` text,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`sent_at` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `outreach_client_idx` ON `outreach_drafts` (`client_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`paid_on` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `payments_invoice_idx` ON `payments` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `payments_client_idx` ON `payments` (`client_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `projects_client_idx` ON `projects` (`client_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`member_id` integer,
	`client_id` integer,
	`contact_id` integer,
	`portal_epoch` integer,
	`csrf_token` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_seen_at` integer,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sign_in_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`member_id` integer,
	`client_id` integer,
	`contact_id` integer,
	`email` text,
	`token_hash` text NOT NULL,
	`portal_epoch` integer,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_in_tokens_hash_uq` ON `sign_in_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sign_in_tokens_email_idx` ON `sign_in_tokens` (`email`,`created_at`);--> statement-breakpoint
CREATE TABLE `slack_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`workspace_id` integer,
	`team_id` text,
	`status` text DEFAULT 'processing' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`default_currency` text DEFAULT 'USD' NOT NULL,
	`country` text,
	`payment_terms` integer DEFAULT 30 NOT NULL,
	`reminder_tone` text DEFAULT 'friendly' NOT NULL,
	`slack_team_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slack_team_uq` ON `workspaces` (`slack_team_id`);