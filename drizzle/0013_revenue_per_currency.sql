-- The revenue sort never compares amounts of different currencies: clients.revenue_cents is now the revenue in one
-- currency, that of the client's latest issued or paid invoice (revenue_currency, null without any), and the sort
-- groups by it (clients_ws_revenue_idx, 0012). The triggers of 0004 are replaced to keep both.
DROP TRIGGER IF EXISTS invoices_revenue_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS invoices_revenue_au;
--> statement-breakpoint
DROP TRIGGER IF EXISTS invoices_revenue_ad;
--> statement-breakpoint
UPDATE clients SET revenue_currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1), revenue_cents = coalesce((SELECT sum(i.amount_cents) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') AND i.currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1)), 0) WHERE id IN (SELECT client_id FROM invoices);
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_ai AFTER INSERT ON invoices WHEN NEW.status IN ('issued', 'paid') BEGIN
  UPDATE clients SET revenue_currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1), revenue_cents = coalesce((SELECT sum(i.amount_cents) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') AND i.currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1)), 0) WHERE id = NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_au AFTER UPDATE OF amount_cents, status, client_id, currency, issued_on ON invoices
  WHEN OLD.amount_cents IS NOT NEW.amount_cents OR OLD.status IS NOT NEW.status OR OLD.client_id IS NOT NEW.client_id
    OR OLD.currency IS NOT NEW.currency OR OLD.issued_on IS NOT NEW.issued_on BEGIN
  UPDATE clients SET revenue_currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1), revenue_cents = coalesce((SELECT sum(i.amount_cents) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') AND i.currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1)), 0) WHERE id IN (OLD.client_id, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER invoices_revenue_ad AFTER DELETE ON invoices WHEN OLD.status IN ('issued', 'paid') BEGIN
  UPDATE clients SET revenue_currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1), revenue_cents = coalesce((SELECT sum(i.amount_cents) FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') AND i.currency = (SELECT i.currency FROM invoices i WHERE i.workspace_id = clients.workspace_id AND i.client_id = clients.id AND i.status IN ('issued', 'paid') ORDER BY coalesce(i.issued_on, '') DESC, i.id DESC LIMIT 1)), 0) WHERE id = OLD.client_id;
END;
