// Next.js start-up hook: open the database once at boot (Node runtime only), so the first request is fast
// and migrations run before any page is served.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/boot");
    await boot();
  }
}
