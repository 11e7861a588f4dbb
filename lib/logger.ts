// Structured JSON logging (pino) for the server and CLIs; never sends anything to a browser.
import pino from "pino";
import { env } from "./env";

export const logger = pino({
  level: env.NODE_ENV === "test" && !process.env.LOG_LEVEL ? "warn" : env.LOG_LEVEL,
  base: { app: "portal" },
  redact: ["password", "*.password", "headers.cookie", "headers.authorization"],
});
