-- Extensions and text search setup that the schema's indexes depend on (custom migration).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes.
CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- Vietnamese search: fold diacritics (đ -> d included) then lower-case, so "dang ky" finds "Đăng ký".
CREATE TEXT SEARCH CONFIGURATION portal_vi (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION portal_vi
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;
