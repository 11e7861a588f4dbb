// The health check answers from the real database, and says "error" (without throwing) when it cannot.
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres, setDbForTests } from "@/db/client";
import { checkHealth } from "@/lib/health";
import { useTestDb } from "../../helpers/db";

const t = useTestDb();

describe("checkHealth", () => {
  afterEach(() => setDbForTests(t.db));

  it("is ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok" });
  });

  it("is an error, not an exception, when the database does not answer", async () => {
    // A server that is not there: port 1 on this machine refuses at once.
    const gone = await openPostgres("postgres://portal@127.0.0.1:1/portal");
    setDbForTests(gone.db);
    try {
      expect(await checkHealth()).toEqual({ status: "error" });
    } finally {
      await gone.close();
    }
  });
});
