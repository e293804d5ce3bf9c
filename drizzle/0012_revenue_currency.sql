DROP INDEX `clients_ws_revenue_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `revenue_currency` text;--> statement-breakpoint
CREATE INDEX `clients_ws_revenue_idx` ON `clients` (`workspace_id`,"revenue_cents" = 0,`revenue_currency`,"revenue_cents" DESC,"name" COLLATE NOCASE,`status`,`country`,`archived_at`);