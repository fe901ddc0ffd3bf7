/**
 * A deterministic corpus for the anchoring benchmark: a long article with a
 * varied vocabulary and deliberately repeated phrases, annotations on random
 * spans, and a new revision made by a realistic edit model (paragraphs
 * inserted, deleted and moved; typo fixes inside and near quotes; whitespace,
 * punctuation and case changes; quotes duplicated elsewhere; quotes deleted).
 * Every edit is recorded in old-text coordinates, so we know where each
 * annotated span truly went: its new offsets, "gone", or "partial" (cut or
 * grown by a large edit, where only an orphan or an overlapping anchor is fair).
 */

/** Seeded PRNG (mulberry32): same seed, same article, same edits. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const FUNCTION_WORDS = ('the of and to in a is that for it as was with be by on not he this are or his from at which ' +
  'but have an they you were her all she there would their we him been has when who will more no if out so said what ' +
  'up its about into than them can only other new some could time these two may then do first any my now such like our ' +
  'over man me even most made after also did many before must through back years where much your way well down should').split(' ');
const SYLLABLES = 'ka lo mi ren tor val sen dra phi lux cor mon tel ga bri fen qua stro ment tion ver pol nik sa del ori an es ul'.split(' ');
const EXTRA = ['naïve', 'café', 'Zürich', 'déjà vu', '東京', '数据', '🙂', 'e\u0301tude', 'façade', "don't", "it's", 'state-of-the-art', '42', '1,000', '3.14'];
const STOCK_PHRASES = [
  'as the committee noted in its final report',
  'the evidence remains inconclusive',
  'according to the official figures',
  'this is not the whole story',
  'in the years that followed',
  'critics were quick to point out',
  'the data tell a different story',
  'at least for now',
  'for better or worse',
  'nobody disputes the basic facts',
];

function makeVocabulary(r: Rand): string[] {
  const words = new Set<string>();
  while (words.size < 4000) {
    let w = '';
    for (let i = int(r, 1, 4); i > 0; i--) w += pick(r, SYLLABLES);
    words.add(w);
  }
  return [...words];
}

function sentence(r: Rand, vocab: string[]): string {
  const words: string[] = [];
  const n = int(r, 6, 24);
  for (let i = 0; i < n; i++) {
    const x = r();
    // Zipf-ish: function words are frequent, content words long-tailed.
    let w = x < 0.45 ? pick(r, FUNCTION_WORDS) : x < 0.985 ? vocab[Math.floor(vocab.length * r() * r())] : pick(r, EXTRA);
    if (i > 1 && i < n - 1 && r() < 0.08) w += ',';
    words.push(w);
  }
  if (r() < 0.12) words.splice(int(r, 0, words.length), 0, pick(r, STOCK_PHRASES));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + pick(r, ['.', '.', '.', '.', '?', '!', ':']);
}

/** A paragraph of 2-8 sentences. */
export function paragraph(r: Rand, vocab: string[]): string {
  const out: string[] = [];
  for (let i = int(r, 2, 8); i > 0; i--) out.push(sentence(r, vocab));
  return out.join(' ');
}

/** One edit in old-text coordinates: replace old[at, at+del) by `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
  kind: string;
  /** Moves: old[from, from+del) reappears at `at` (the removal is a separate edit). */
  movedFrom?: number;
  /** Large edits (paragraphs) make an annotation they cut or grow "partial" rather than "edited". */
  large: boolean;
}

export type Truth =
  | { kind: 'kept'; start: number; end: number }
  | { kind: 'gone' }
  /** Where the surviving characters went (moved paragraphs included), as new-text ranges. */
  | { kind: 'partial'; start: number; end: number; pieces: [number, number][] };

export interface Corpus {
  oldText: string;
  newText: string;
  spans: { start: number; end: number }[];
  truth: Truth[];
  edits: Edit[];
}

export interface CorpusSize {
  chars: number;
  annotations: number;
  /** Scales the number of edits. */
  edits: number;
}

/** Builds the article, the annotations, the edited revision and the ground truth. */
export function buildCorpus(seed: number, size: CorpusSize): Corpus {
  const r = rng(seed);
  const vocab = makeVocabulary(r);
  const paras: string[] = [];
  let length = 0;
  while (length < size.chars) {
    const p = paragraph(r, vocab);
    paras.push(p);
    length += p.length + 2;
  }
  const oldText = paras.join('\n\n');
  const paraStarts: number[] = [];
  for (let i = 0, pos = 0; i < paras.length; pos += paras[i].length + 2, i++) paraStarts.push(pos);

  const spans = makeSpans(r, oldText, size.annotations);
  const edits = makeEdits(r, vocab, oldText, paras, paraStarts, spans, size.edits);
  const newText = applyEdits(oldText, edits);
  const truth = spans.map((s) => track(s, edits));
  return { oldText, newText, spans, truth, edits };
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && !/[\s.,;:!?]/.test(c);
}

function makeSpans(r: Rand, text: string, count: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Some annotations sit exactly on a repeated stock phrase: context must pick the right copy.
  const phraseHits: number[][] = STOCK_PHRASES.map((p) => {
    const hits: number[] = [];
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) hits.push(i);
    return hits;
  });
  while (spans.length < count) {
    if (r() < 0.05) {
      const k = Math.floor(r() * STOCK_PHRASES.length);
      if (phraseHits[k].length > 0) {
        const at = pick(r, phraseHits[k]);
        spans.push({ start: at, end: at + STOCK_PHRASES[k].length });
        continue;
      }
    }
    const x = r();
    const len = x < 0.3 ? int(r, 5, 30) : x < 0.8 ? int(r, 30, 150) : int(r, 150, 300);
    let start = int(r, 0, text.length - len - 1);
    // People select words: snap to word starts and ends most of the time.
    if (r() < 0.85) while (start > 0 && isWordChar(text[start - 1])) start--;
    let end = Math.min(text.length, start + len);
    if (r() < 0.85) while (end < text.length && isWordChar(text[end])) end++;
    if (text.slice(start, end).trim().length === 0) continue;
    spans.push({ start, end });
  }
  return spans;
}

function makeEdits(
  r: Rand,
  vocab: string[],
  text: string,
  paras: string[],
  paraStarts: number[],
  spans: { start: number; end: number }[],
  scale: number,
): Edit[] {
  const edits: Edit[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b + 1 < x || a > y + 1);
  const add = (e: Edit) => {
    const a = e.at;
    const b = e.at + e.del;
    if (a < 0 || b > text.length || !free(a, b)) return false;
    taken.push([a, b]);
    edits.push(e);
    return true;
  };
  const n = (k: number) => Math.max(1, Math.round(k * scale));
  const newPara = () => paragraph(r, vocab);
  const someSpan = () => pick(r, spans);

  // Paragraph-level edits.
  for (let i = 0; i < n(15); i++) {
    const at = pick(r, paraStarts);
    add({ at, del: 0, ins: newPara() + '\n\n', kind: 'insert paragraph', large: true });
  }
  for (let i = 0; i < n(15); i++) {
    const k = int(r, 0, paras.length - 2);
    add({ at: paraStarts[k], del: paras[k].length + 2, ins: '', kind: 'delete paragraph', large: true });
  }
  for (let i = 0; i < n(5); i++) {
    const k = int(r, 0, paras.length - 2);
    const to = pick(r, paraStarts);
    const from = paraStarts[k];
    const del = paras[k].length + 2;
    if (to >= from - 1 && to <= from + del + 1) continue;
    if (!free(from, from + del) || !free(to, to)) continue;
    add({ at: from, del, ins: '', kind: 'move paragraph (out)', large: true });
    add({ at: to, del: 0, ins: text.slice(from, from + del), kind: 'move paragraph (in)', movedFrom: from, large: true });
  }
  // Quotes deleted outright.
  for (let i = 0; i < n(50); i++) {
    const s = someSpan();
    let a = s.start - int(r, 0, 20);
    let b = s.end + int(r, 0, 20);
    while (a > 0 && isWordChar(text[a - 1])) a--;
    while (b < text.length && isWordChar(text[b])) b++;
    add({ at: Math.max(0, a), del: Math.min(text.length, b) - Math.max(0, a), ins: '', kind: 'delete quote', large: true });
  }
  // Quotes duplicated elsewhere (the original stays). The copied text must not be one that another
  // edit deletes: the ground truth would call it "gone" while its copy still sits in its old context.
  const removed = () => edits.filter((e) => e.del > 0 && e.ins === '').map((e) => [e.at - 40, e.at + e.del + 40]);
  const deletedRanges = removed();
  for (let i = 0; i < n(50); i++) {
    const s = someSpan();
    if (deletedRanges.some(([a, b]) => s.start < b && s.end > a)) continue;
    const quote = text.slice(s.start, s.end);
    add({ at: pick(r, paraStarts), del: 0, ins: `As quoted before: ${quote}\n\n`, kind: 'duplicate quote', large: true });
  }
  // Small edits inside and near quotes.
  const inside = (s: { start: number; end: number }) => int(r, s.start + 1, Math.max(s.start + 1, s.end - 2));
  const near = (s: { start: number; end: number }) => (r() < 0.5 ? s.start - int(r, 1, 30) : s.end + int(r, 1, 30));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const typo = (at: number, kind: string) => {
    const c = text[at];
    if (!c || !/[a-z]/.test(c)) return;
    const t = int(r, 0, 3);
    if (t === 0) add({ at, del: 1, ins: pick(r, letters.split('')), kind, large: false });
    else if (t === 1) add({ at, del: 1, ins: '', kind, large: false });
    else if (t === 2) add({ at, del: 0, ins: pick(r, letters.split('')), kind, large: false });
    else if (/[a-z]/.test(text[at + 1] ?? '')) add({ at, del: 2, ins: text[at + 1] + c, kind, large: false });
  };
  for (let i = 0; i < n(200); i++) typo(inside(someSpan()), 'typo inside quote');
  for (let i = 0; i < n(150); i++) typo(near(someSpan()), 'typo near quote');
  const spaceNear = (s: { start: number; end: number }) => {
    const from = r() < 0.6 ? inside(s) : near(s);
    const at = text.indexOf(' ', from);
    return at === -1 ? null : at;
  };
  for (let i = 0; i < n(150); i++) {
    const at = spaceNear(someSpan());
    if (at === null) continue;
    const t = int(r, 0, 2);
    if (t === 0) add({ at, del: 1, ins: '  ', kind: 'whitespace', large: false });
    else if (t === 1) add({ at, del: 1, ins: '\n', kind: 'whitespace', large: false });
    else if (text[at - 1] === ',') add({ at, del: 1, ins: '', kind: 'whitespace', large: false });
    else add({ at, del: 1, ins: ' \u00a0', kind: 'whitespace', large: false });
  }
  for (let i = 0; i < n(150); i++) {
    const s = someSpan();
    const from = r() < 0.6 ? inside(s) : near(s);
    const m = /[,.'?!:]/.exec(text.slice(Math.max(0, from), Math.max(0, from) + 80));
    if (!m) continue;
    const at = Math.max(0, from) + m.index;
    const c = text[at];
    const ins = c === ',' ? pick(r, [';', '', ' —']) : c === "'" ? '\u2019' : c === '.' ? pick(r, ['!', ';']) : '.';
    add({ at, del: 1, ins, kind: 'punctuation', large: false });
  }
  for (let i = 0; i < n(50); i++) {
    const at = inside(someSpan());
    if (/[a-z]/.test(text[at] ?? '') && !isWordChar(text[at - 1])) {
      add({ at, del: 1, ins: text[at].toUpperCase(), kind: 'case', large: false });
    }
  }
  return edits.sort((x, y) => x.at - y.at || x.del - y.del);
}

/** Applies non-overlapping edits (old coordinates). */
export function applyEdits(text: string, edits: Edit[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(text.slice(pos, e.at), e.ins);
    pos = e.at + e.del;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** New offset of old offset `p` (a point inside a removed range maps to where the removal was). */
function mapPoint(p: number, edits: Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.at + e.del <= p) delta += e.ins.length - e.del;
    else if (e.at < p) return e.at + delta;
    else break;
  }
  return p + delta;
}

/** Where the annotated old span [s, e) went. */
export function track(span: { start: number; end: number }, edits: Edit[]): Truth {
  const { start: s, end: e } = span;
  let grow = 0;
  let partial = false;
  for (const ed of edits) {
    const a = ed.at;
    const b = ed.at + ed.del;
    if (b <= s || a >= e) continue;
    if (a >= s && b <= e && !(a === s && b === s)) {
      if (ed.large) partial = true;
      grow += ed.ins.length - ed.del;
    } else if (a <= s && b >= e) {
      if (ed.kind === 'move paragraph (out)') {
        const into = edits.find((x) => x.movedFrom === a)!;
        // mapPoint counts the moved-in text itself as lying before its insertion point.
        const base = mapPoint(into.at, edits) - into.ins.length;
        return { kind: 'kept', start: base + (s - a), end: base + (e - a) };
      }
      return { kind: 'gone' };
    } else partial = true;
  }
  const start = mapPoint(s, edits);
  if (partial) return { kind: 'partial', start, end: mapPoint(e, edits), pieces: survivors(s, e, edits) };
  return { kind: 'kept', start, end: start + (e - s) + grow };
}

/** New positions of the old characters in [s, e) that survive, merged into ranges. */
function survivors(s: number, e: number, edits: Edit[]): [number, number][] {
  const pieces: [number, number][] = [];
  for (let x = s; x < e; x++) {
    const ed = edits.find((d) => d.at <= x && x < d.at + d.del);
    let to: number | null;
    if (!ed) to = mapPoint(x, edits);
    else if (ed.kind === 'move paragraph (out)') {
      const into = edits.find((d) => d.movedFrom === ed.at)!;
      to = mapPoint(into.at, edits) - into.ins.length + (x - ed.at);
    } else to = null;
    if (to === null) continue;
    const last = pieces[pieces.length - 1];
    if (last && last[1] === to) last[1] = to + 1;
    else pieces.push([to, to + 1]);
  }
  return pieces;
}
