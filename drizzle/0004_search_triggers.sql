-- Client search at 100,000 clients.
-- 1. clients_fts becomes a contentless-delete FTS5 table: only rowids are read back, so the text is not stored a
--    second time, and a refresh deletes by rowid without re-tokenizing the old row.
-- 2. A new client has no notes or contacts yet, so its row is indexed without the two group_concat subqueries.
-- 3. Clients refresh their row only when a searchable column changes: bumping last_activity_at (every change
--    does) or revenue_cents no longer rewrites the index.
-- 4. clients.revenue_cents (issued + paid invoices) is kept by triggers on invoices; the revenue sort reads it.
DROP TRIGGER IF EXISTS clients_fts_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS clients_fts_au;
--> statement-breakpoint
DROP TRIGGER IF EXISTS clients_fts_ad;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contacts_fts_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contacts_fts_au;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contacts_fts_ad;
--> statement-breakpoint
DROP TRIGGER IF EXISTS notes_fts_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS notes_fts_ad;
--> statement-breakpoint
DROP TABLE IF EXISTS clients_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE clients_fts USING fts5(name, email, phone, website, address, notes, contacts, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c;
--> statement-breakpoint
CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) VALUES (NEW.id, NEW.name, coalesce(NEW.email, ''), coalesce(NEW.phone, ''), coalesce(NEW.website, ''), trim(coalesce(NEW.address_line1, '') || ' ' || coalesce(NEW.address_line2, '') || ' ' || coalesce(NEW.city, '') || ' ' || coalesce(NEW.region, '') || ' ' || coalesce(NEW.postal_code, '') || ' ' || coalesce(NEW.country, '')), '', '');
END;
--> statement-breakpoint
CREATE TRIGGER clients_fts_au AFTER UPDATE OF name, email, phone, website, address_line1, address_line2, city, region, postal_code, country ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid IN (NEW.id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid IN (NEW.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF name, email, client_id ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid IN (OLD.client_id, NEW.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (OLD.client_id, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM clients_fts WHERE rowid IN (OLD.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (OLD.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
  DELETE FROM clients_fts WHERE rowid IN (NEW.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER notes_fts_au AFTER UPDATE OF body, client_id ON notes BEGIN
  DELETE FROM clients_fts WHERE rowid IN (OLD.client_id, NEW.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (OLD.client_id, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
  DELETE FROM clients_fts WHERE rowid IN (OLD.client_id);
  INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c WHERE c.id IN (OLD.client_id);
END;
--> statement-breakpoint
UPDATE clients SET revenue_cents = (SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid')) WHERE id IN (SELECT client_id FROM invoices);
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_ai AFTER INSERT ON invoices WHEN NEW.status IN ('issued', 'paid') BEGIN
  UPDATE clients SET revenue_cents = (SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid')) WHERE id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_au AFTER UPDATE OF amount_cents, status, client_id ON invoices
  WHEN OLD.amount_cents IS NOT NEW.amount_cents OR OLD.status IS NOT NEW.status OR OLD.client_id IS NOT NEW.client_id BEGIN
  UPDATE clients SET revenue_cents = (SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid')) WHERE id IN (OLD.client_id, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_ad AFTER DELETE ON invoices WHEN OLD.status IN ('issued', 'paid') BEGIN
  UPDATE clients SET revenue_cents = (SELECT coalesce(sum(i.amount_cents), 0) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid')) WHERE id = OLD.client_id;
END;
