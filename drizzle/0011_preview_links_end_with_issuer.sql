-- Locking an account revokes the preview links its holder minted, for good (custom migration): whatever
-- path deactivates the user, and reactivating the account brings none of them back.
CREATE OR REPLACE FUNCTION portal_preview_links_end_with_issuer() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE preview_links SET revoked_at = now(), revoked_reason = 'issuer_deactivated'
    WHERE issued_by_id = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER preview_links_end_with_issuer
  AFTER UPDATE OF active ON users
  FOR EACH ROW WHEN (OLD.active AND NOT NEW.active)
  EXECUTE FUNCTION portal_preview_links_end_with_issuer();
