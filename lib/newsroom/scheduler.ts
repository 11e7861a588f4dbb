// The scheduler: every SCHEDULER_INTERVAL_SECONDS (30 by default), inside the server process, publishes
// the scheduled articles whose time has come (publishDueArticles) and gets the public pages re-rendered, so
// a scheduled article appears without anyone visiting the admin. One run at a time; the timer never keeps
// the process alive.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { publishDueArticles, type DueRunResult } from "./mutations";
import { requestPublicRevalidation } from "./revalidation";

export const SCHEDULER_INTERVAL_MS = env.SCHEDULER_INTERVAL_SECONDS * 1000;
// The first run comes soon after boot, once the HTTP server listens, rather than a full interval later.
const FIRST_RUN_MS = Math.min(5_000, SCHEDULER_INTERVAL_MS);

export type SchedulerHandle = { runOnce: () => Promise<DueRunResult | null>; stop: () => void };

type Options = {
  intervalMs?: number;
  firstRunMs?: number;
  publish?: () => Promise<DueRunResult>;
  revalidate?: () => Promise<void>;
};

// One scheduler per process, whichever bundle (instrumentation, routes) imports this module.
const g = globalThis as unknown as { __newsroomScheduler?: SchedulerHandle };

export function createScheduler(opts: Options = {}): SchedulerHandle {
  const publish = opts.publish ?? (() => publishDueArticles());
  const revalidate = opts.revalidate ?? (() => requestPublicRevalidation());
  let running: Promise<DueRunResult | null> | null = null;
  // Set when pages still show the old state: published, but the revalidation request failed.
  let revalidationOwed = false;
  const timers: NodeJS.Timeout[] = [];

  async function run(): Promise<DueRunResult | null> {
    try {
      const result = await publish();
      if (result.published.length) logger.info({ published: result.published }, "scheduled articles published");
      if (result.failed.length) logger.warn({ failed: result.failed }, "scheduled articles failed to publish");
      if (result.published.length || revalidationOwed) {
        try {
          await revalidate();
          revalidationOwed = false;
        } catch (err) {
          revalidationOwed = true;
          logger.warn({ err }, "could not revalidate public news pages; retrying on the next run");
        }
      }
      return result;
    } catch (err) {
      logger.error({ err }, "scheduler run failed");
      return null;
    }
  }

  const handle: SchedulerHandle = {
    /** Runs now unless a run is still going (then waits for that one): runs never overlap. */
    runOnce() {
      if (running) return running;
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
    stop() {
      for (const t of timers) clearTimeout(t);
    },
  };
  const tick = () => {
    if (running) {
      logger.debug("scheduler run still going; skipping this tick");
      return;
    }
    void handle.runOnce();
  };
  const interval = setInterval(tick, opts.intervalMs ?? SCHEDULER_INTERVAL_MS);
  const first = setTimeout(tick, opts.firstRunMs ?? FIRST_RUN_MS);
  interval.unref();
  first.unref();
  timers.push(interval, first);
  return handle;
}

/** Starts the process's scheduler once (lib/boot calls it after migrations); later calls return it. */
export function startScheduler(): SchedulerHandle {
  if (!g.__newsroomScheduler) {
    g.__newsroomScheduler = createScheduler();
    logger.info({ everySeconds: SCHEDULER_INTERVAL_MS / 1000 }, "newsroom scheduler started");
  }
  return g.__newsroomScheduler;
}
