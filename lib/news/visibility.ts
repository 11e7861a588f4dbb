// The one rule for what citizens may see: published, and its publish time has come.
import { and, eq, lte, sql } from "drizzle-orm";
import { articles } from "@/db/schema";

export const isPublic = () => and(eq(articles.status, "published"), lte(articles.publishedAt, sql`now()`))!;
