DROP INDEX `clients_ws_name_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `revenue_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `clients_ws_name_nocase_idx` ON `clients` (`workspace_id`,"name" COLLATE NOCASE,`status`,`country`,`archived_at`);--> statement-breakpoint
CREATE INDEX `clients_ws_revenue_idx` ON `clients` (`workspace_id`,"revenue_cents" DESC,"name" COLLATE NOCASE,`status`,`country`,`archived_at`);--> statement-breakpoint
CREATE INDEX `clients_ws_email_idx` ON `clients` (`workspace_id`,`email`);