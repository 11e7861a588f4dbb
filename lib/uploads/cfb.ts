// Old Word (.doc) and Excel (.xls) files are OLE compound files ([MS-CFB]): a small FAT file system in one
// file. file-type only says "compound file", which an installer (.msi), an Outlook message, a PowerPoint or
// an encrypted DOCX also are. So the directory is read here, bounds-checked and cycle-safe, to say which:
//   - Word 97-2003: a "WordDocument" stream that starts with the FIB magic 0xA5EC, not flagged encrypted;
//   - Excel 97-2003 (or 5.0): a "Workbook" (or "Book") stream that starts with a BOF record (0x0809);
//   - refused: any VBA project ("Macros" in Word, "_VBA_PROJECT_CUR" in Excel, "VBA" anywhere), because a
//     macro runs when staff open the file; an "EncryptedPackage" (a password-protected DOCX/XLSX) or an
//     encrypted DOC, which staff could not open; every other compound file.
// What is left is a document Word or Excel opens without running code. Not looked for: Excel 4.0 macro
// sheets inside the Workbook stream and embedded objects (ObjectPool): Office keeps the former disabled and
// asks before activating the latter. The file is then only ever served as a download (app/files/[id]). Pure.

export type CompoundVerdict =
  | { kind: "doc" }
  | { kind: "xls" }
  | { kind: "macros" }
  | { kind: "encrypted" }
  | { kind: "other" };

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff; // some writers end a chain with it: taken as the end, like END_OF_CHAIN
const HEADER_DIFAT_ENTRIES = 109;

type Entry = { name: string; type: number; start: number; size: number };

class CompoundFile {
  readonly entries: Entry[] = [];
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly major: number;
  private readonly miniCutoff: number;
  private readonly fat: number[] = [];
  private miniFat: number[] | null = null;
  private miniStream: Uint8Array | null = null;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 512 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error("not a compound file");
    const major = this.u16(0x1a);
    const shift = this.u16(0x1e);
    if (this.u16(0x1c) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw new Error("bad header");
    this.major = major;
    this.sectorSize = 1 << shift;
    this.miniCutoff = this.u32(0x38);

    // FAT sector numbers: the first 109 in the header, the rest in a chain of DIFAT sectors.
    const fatCount = this.u32(0x2c);
    const fatSectors: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatCount; i++) fatSectors.push(this.u32(0x4c + i * 4));
    const perDifat = this.sectorSize / 4 - 1;
    let difat = this.u32(0x44);
    for (let hops = 0; difat <= MAX_REGULAR_SECTOR && fatSectors.length < fatCount; hops++) {
      if (hops > this.sectorCount()) throw new Error("DIFAT loop");
      const at = this.sectorOffset(difat);
      for (let i = 0; i < perDifat && fatSectors.length < fatCount; i++) fatSectors.push(this.u32(at + i * 4));
      difat = this.u32(at + perDifat * 4);
    }
    for (const s of fatSectors) {
      if (s > MAX_REGULAR_SECTOR) continue;
      const at = this.sectorOffset(s);
      for (let i = 0; i < this.sectorSize / 4; i++) this.fat.push(this.u32(at + i * 4));
    }

    // Directory entries of 128 bytes: a UTF-16 name, its byte length (with the final NUL), the object type
    // (1 storage, 2 stream, 5 root), the first sector and the size of the stream.
    const dir = this.chain(this.u32(0x30), this.fat, (s) => this.sector(s));
    for (let at = 0; at + 128 <= dir.byteLength; at += 128) {
      const d = new DataView(dir.buffer, dir.byteOffset + at, 128);
      const type = d.getUint8(66);
      const chars = Math.min(d.getUint16(64, true), 64) / 2 - 1;
      if (type === 0 || chars < 1) continue;
      let name = "";
      for (let i = 0; i < chars; i++) name += String.fromCharCode(d.getUint16(i * 2, true));
      // Version 3 writers may leave garbage in the high half of the size: only the low half counts there.
      const size = d.getUint32(120, true) + (this.major === 4 ? d.getUint32(124, true) * 2 ** 32 : 0);
      this.entries.push({ name, type, start: d.getUint32(116, true), size });
    }
    if (this.entries[0]?.type !== 5) throw new Error("no root entry");
  }

  private sectorCount(): number {
    return Math.ceil(this.bytes.byteLength / this.sectorSize);
  }
  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  private u32(at: number): number {
    if (at + 4 > this.bytes.byteLength) throw new Error("truncated");
    return this.view.getUint32(at, true);
  }
  private sectorOffset(s: number): number {
    const at = (s + 1) * this.sectorSize;
    if (s > MAX_REGULAR_SECTOR || at >= this.bytes.byteLength) throw new Error("sector out of range");
    return at;
  }
  private sector(s: number): Uint8Array {
    const at = this.sectorOffset(s);
    return this.bytes.subarray(at, Math.min(at + this.sectorSize, this.bytes.byteLength));
  }

  /** The bytes of a sector chain from `start` (at most `limit` of them); a loop or a wild pointer throws. */
  private chain(start: number, table: number[], read: (s: number) => Uint8Array, limit = Number.MAX_SAFE_INTEGER): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    let total = 0;
    for (let s = start; s !== END_OF_CHAIN && s !== FREE_SECTOR && total < limit; ) {
      // Every sector of a chain has its entry in the table; a free or missing one means a broken file.
      if (s > MAX_REGULAR_SECTOR || seen.has(s) || table[s] === undefined) throw new Error("broken chain");
      seen.add(s);
      const part = read(s);
      parts.push(part);
      total += part.byteLength;
      s = table[s];
    }
    const out = new Uint8Array(Math.min(total, limit));
    let at = 0;
    for (const p of parts) {
      if (at >= out.byteLength) break;
      const take = Math.min(p.byteLength, out.byteLength - at);
      out.set(p.subarray(0, take), at);
      at += take;
    }
    return out;
  }

  /** The first `n` bytes of a stream: from the regular sectors or, for a small stream, the mini stream. */
  streamStart(entry: Entry, n: number): Uint8Array {
    const want = Math.min(n, entry.size);
    if (entry.size >= this.miniCutoff) return this.chain(entry.start, this.fat, (s) => this.sector(s), want);
    if (!this.miniFat || !this.miniStream) {
      const table = this.chain(this.u32(0x3c), this.fat, (s) => this.sector(s));
      const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
      this.miniFat = Array.from({ length: Math.floor(table.byteLength / 4) }, (_, i) => view.getUint32(i * 4, true));
      this.miniStream = this.chain(this.entries[0].start, this.fat, (s) => this.sector(s), this.entries[0].size);
    }
    const mini = this.miniStream;
    return this.chain(
      entry.start,
      this.miniFat,
      (s) => {
        if (s * 64 >= mini.byteLength) throw new Error("mini sector out of range");
        return mini.subarray(s * 64, Math.min(s * 64 + 64, mini.byteLength));
      },
      want,
    );
  }
}

/** What a compound file really is. Anything malformed counts as "other" (refused). */
export function inspectCompoundFile(bytes: Uint8Array): CompoundVerdict {
  let cf: CompoundFile;
  try {
    cf = new CompoundFile(bytes);
  } catch {
    return { kind: "other" };
  }
  const find = (name: string, type?: number) => cf.entries.find((e) => e.name.toLowerCase() === name.toLowerCase() && (type === undefined || e.type === type));
  if (find("EncryptedPackage", 2)) return { kind: "encrypted" };
  if (find("Macros", 1) || find("_VBA_PROJECT_CUR", 1) || find("VBA", 1) || find("_VBA_PROJECT", 2)) return { kind: "macros" };
  try {
    const word = find("WordDocument", 2);
    if (word) {
      const fib = cf.streamStart(word, 12);
      if (fib.byteLength < 12 || fib[0] !== 0xec || fib[1] !== 0xa5) return { kind: "other" };
      // FibBase.fEncrypted is bit 8 of the flags at offset 0x0A.
      if ((fib[0x0a] | (fib[0x0b] << 8)) & 0x0100) return { kind: "encrypted" };
      return { kind: "doc" };
    }
    const book = find("Workbook", 2) ?? find("Book", 2);
    if (book) {
      const bof = cf.streamStart(book, 4);
      return bof.byteLength === 4 && bof[0] === 0x09 && bof[1] === 0x08 ? { kind: "xls" } : { kind: "other" };
    }
  } catch {
    return { kind: "other" };
  }
  return { kind: "other" };
}
