// The uploads module every area uses (media library, dossiers, procedures' form files): kinds and limits as
// data, type from the bytes, safe names, several inputs per form, body-size guards for route handlers.
// Server code imports from here; client forms import ./kinds, ./messages and ./filename (pure) directly.
// Private stored files (the table, saving, serving to staff) are in ./private-files.
export * from "./kinds";
export * from "./messages";
export * from "./filename";
export * from "./inspect";
export * from "./collect";
export * from "./body-limit";
export * from "./precheck";
