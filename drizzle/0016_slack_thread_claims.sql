CREATE TABLE `slack_threads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`channel` text NOT NULL,
	`thread_ts` text,
	`claimed_by` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_threads_client_uq` ON `slack_threads` (`workspace_id`,`client_id`,`channel`);--> statement-breakpoint
CREATE UNIQUE INDEX `slack_threads_ts_uq` ON `slack_threads` (`workspace_id`,`channel`,`thread_ts`);--> statement-breakpoint
DROP INDEX `messages_slack_thread_idx`;--> statement-breakpoint
DROP INDEX `messages_slack_ts_uq`;--> statement-breakpoint
CREATE INDEX `messages_slack_thread_idx` ON `messages` (`workspace_id`,`slack_channel`,`slack_thread_ts`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_slack_ts_uq` ON `messages` (`workspace_id`,`slack_channel`,`slack_ts`);