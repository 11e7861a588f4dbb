-- The audit log is append-only: UPDATE and DELETE are refused by a trigger (custom migration).
CREATE OR REPLACE FUNCTION portal_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION portal_audit_log_append_only();
