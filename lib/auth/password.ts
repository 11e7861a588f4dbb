// Password hashing with argon2id (memory-hard), via @node-rs/argon2's prebuilt binding.
import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so a failure takes as long either way.
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hash("not-a-real-password", OPTIONS);
  await verifyPassword(await dummy, password);
}
