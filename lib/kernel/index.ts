// The mutation kernel: one result type, one refusal, one parser, one transaction helper and one mapping
// from database errors to Vietnamese messages (see each module). Server code imports from here.
import "server-only";
export * from "./result";
export * from "./parse";
export * from "./db-errors";
export * from "./transaction";
