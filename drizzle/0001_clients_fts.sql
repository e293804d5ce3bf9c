-- Full-text search over clients, their notes and their contacts' names and emails (not modelled by drizzle).
-- A regular FTS5 table keyed by the client's rowid, refreshed by triggers on all three tables.
CREATE VIRTUAL TABLE clients_fts USING fts5(name, email, phone, website, address, notes, contacts, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER clients_fts_au AFTER UPDATE ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = OLD.id;
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid = NEW.client_id;
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF name, email, client_id ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid IN (OLD.client_id, NEW.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (OLD.client_id, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid = OLD.client_id;
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = OLD.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
  DELETE FROM clients_fts WHERE rowid = NEW.client_id;
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
  DELETE FROM clients_fts WHERE rowid = OLD.client_id;
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id = OLD.client_id;
END;
