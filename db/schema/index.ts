// Every table of the portal, re-exported for drizzle and drizzle-kit.
export * from "./users";
export * from "./audit";
export * from "./settings";
export * from "./media";
export * from "./files";
export * from "./news";
export * from "./rate-limits";
export * from "./services";
export * from "./dossiers";
export * from "./preview-links";
export * from "./holidays";
export * from "./outbox";
export * from "./awards";
export * from "./conferences";
