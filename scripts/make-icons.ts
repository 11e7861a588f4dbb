// Writes the site icons from the one drawing in scripts/icons/emblem.ts: app/icon.svg and app/favicon.ico
// (Next's file conventions serve them and add the <link rel="icon"> tags). Run after changing the drawing:
// `npx tsx scripts/make-icons.ts`, then commit both files.
import fs from "node:fs";
import path from "node:path";
import { emblemIco, emblemSvg } from "./icons/emblem";

const app = path.resolve(import.meta.dirname, "..", "app");
fs.writeFileSync(path.join(app, "icon.svg"), emblemSvg());
fs.writeFileSync(path.join(app, "favicon.ico"), emblemIco());
console.log("wrote app/icon.svg and app/favicon.ico");
