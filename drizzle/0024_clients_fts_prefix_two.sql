-- clients_fts with prefix indexes for one- and two-character prefixes (0023 had one-character ones only). A
-- two-character word ("co" in "acme co") merged the lists of every token starting with it: ~6 ms of FTS5 work at
-- 100,000 clients, twice per search (count and page), ~1.4 ms with it; findClients "acme co" 33 -> 10 ms. Measured
-- on the bench's file, alternating: indexing 100,000 clients in 100 transactions takes ~1.35 s without prefix
-- indexes, ~1.6 s with '1', ~1.75 s with '1 2' (about 1.5 µs more per imported client than '1'); the index grows
-- from 17.5 to 25.6 MB (10 MB without). (0023's note that '1 2' doubled the cost was one run at load 9.) Refilling
-- takes about 1.3 s at 100,000 clients, once.
DROP TABLE IF EXISTS clients_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE clients_fts USING fts5(name, email, phone, website, address, notes, contacts, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
--> statement-breakpoint
INSERT INTO clients_fts(rowid, name, email, phone, website, address, notes, contacts) SELECT c.id, c.name, coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.website, ''), trim(coalesce(c.address_line1, '') || ' ' || coalesce(c.address_line2, '') || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.region, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.country, '')), coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.client_id = c.id), ''), coalesce((SELECT group_concat(coalesce(k.name, '') || ' ' || coalesce(k.email, ''), ' ') FROM contacts k WHERE k.client_id = c.id), '') FROM clients c;
