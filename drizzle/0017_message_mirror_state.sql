ALTER TABLE `messages` ADD `slack_posting_at` integer;--> statement-breakpoint
ALTER TABLE `messages` ADD `slack_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `messages_slack_pending_idx` ON `messages` (`workspace_id`,`client_id`,`slack_channel`,`id`) WHERE slack_ts is null and slack_channel is not null;