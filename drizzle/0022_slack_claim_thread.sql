ALTER TABLE `slack_events` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `thread_ts` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `placeholder_ts` text;