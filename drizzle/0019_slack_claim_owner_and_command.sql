ALTER TABLE `slack_events` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `response_url` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `command_text` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `slack_user_id` text;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `interrupted_at` integer;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `reported_at` integer;