/**
 * The comparison space for fuzzy matching: case-folded text with whitespace
 * and punctuation removed, so "state-of-the-art,  really" and "State of the
 * art really" compare equal. Each normalized character remembers the offset of
 * the raw character it came from, so matches found here map back to exact
 * offsets in the given text. Works per UTF-16 code unit, which keeps emoji,
 * CJK and combining marks intact (they are neither folded away nor skipped).
 */

/** A text with its normalized form and the offset maps between them. */
export interface PreparedText {
  raw: string;
  norm: string;
  /** normToRaw[i] = raw offset of norm[i]. */
  normToRaw: Int32Array;
  /** rawToNorm[r] = index in norm of the first normalized char at raw offset >= r (length raw.length + 1). */
  rawToNorm: Int32Array;
}

// Lazily filled per code unit: -2 = not computed, -1 = skipped, otherwise the folded code.
const foldTable = new Int32Array(65536).fill(-2);
const SKIP = /^[\p{P}\s]$/u;

/** The folded code unit for `code`, or -1 when it is ignored for matching. */
export function foldCode(code: number): number {
  let folded = foldTable[code];
  if (folded !== -2) return folded;
  const ch = String.fromCharCode(code);
  if (SKIP.test(ch)) folded = -1;
  else {
    const lower = ch.toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  foldTable[code] = folded;
  return folded;
}

/** True when the code unit is whitespace or punctuation, which fuzzy matching ignores. */
export function isSkipped(code: number): boolean {
  return foldCode(code) === -1;
}

/** The normalized form of a short string (no offset maps). */
export function normalize(s: string): string {
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f !== -1) codes.push(f);
  }
  return String.fromCharCode(...codes);
}

/** Normalizes a whole text once, keeping offset maps both ways. */
export function prepareText(raw: string): PreparedText {
  const codes = new Uint16Array(raw.length);
  const normToRaw = new Int32Array(raw.length);
  const rawToNorm = new Int32Array(raw.length + 1);
  let n = 0;
  for (let r = 0; r < raw.length; r++) {
    rawToNorm[r] = n;
    const code = raw.charCodeAt(r);
    let f = foldTable[code];
    if (f === -2) f = foldCode(code);
    if (f !== -1) {
      codes[n] = f;
      normToRaw[n] = r;
      n++;
    }
  }
  rawToNorm[raw.length] = n;
  let norm = utf16.decode(codes.subarray(0, n));
  if (norm.length !== n) {
    // Defensive: offsets depend on one output unit per input unit.
    norm = '';
    for (let i = 0; i < n; i += 8192) norm += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  }
  return { raw, norm, normToRaw: normToRaw.subarray(0, n), rawToNorm };
}

// Decodes code units as they are (lone surrogates included: fatal is off, and pairs stay pairs).
const utf16 = new TextDecoder('utf-16le');
