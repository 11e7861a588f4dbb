// GET /api/health: 200 {"status":"ok"} when the database answers within 2 s, else 503 (lib/health.ts).
// Public and read-only on purpose: supervisors and load balancers call it without a session.
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
