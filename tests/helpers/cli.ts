// Runs one of the project's command-line scripts (scripts/*.ts) as its own process, as `npm run` would, and
// hands back its exit code and output. node + tsx's CLI directly: `npx` would add half a second a run.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

export async function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [TSX, "--conditions=react-server", script, ...args], { cwd: root, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
