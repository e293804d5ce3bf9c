DROP INDEX `clients_ws_archived_idx`;--> statement-breakpoint
CREATE INDEX `clients_ws_archived_country_idx` ON `clients` (`workspace_id`,`archived_at`,`country`,`status`);