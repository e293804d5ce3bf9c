ALTER TABLE `slack_events` ADD `reporting_at` integer;--> statement-breakpoint
ALTER TABLE `slack_events` ADD `reporter` text;