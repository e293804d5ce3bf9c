DROP INDEX `clients_ws_group_idx`;--> statement-breakpoint
CREATE INDEX `clients_ws_group_name_idx` ON `clients` (`workspace_id`,`group_id`,"name" COLLATE NOCASE,`status`,`country`,`archived_at`);