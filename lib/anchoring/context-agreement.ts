/**
 * How well the text around a candidate agrees with the stored prefix and
 * suffix. This is the evidence that tells the right copy of a repeated phrase
 * from the wrong one, and a surviving quote from a look-alike elsewhere after
 * the original was deleted. Compared in normalized space and rescaled so that
 * unrelated text scores about 0 (random English is already ~40% "similar" by
 * edit distance) and intact context scores 1.
 */
import { anchoredDistance, compilePattern, type CompiledPattern } from './myers';
import { normalize, type PreparedText } from './normalize';

/** Similarity that unrelated text reaches by chance; agreement starts above it. */
const CHANCE_SIMILARITY = 0.4;
/** Extra characters the context may have grown by (inserted words, typo fixes). */
const SLACK = 8;

/** The stored context, normalized; compiled on first use (most quotes never need it). */
export class CompiledContext {
  private compiled: { prefix: CompiledPattern | null; suffix: CompiledPattern | null } | null = null;
  constructor(
    private readonly prefixRaw: string,
    private readonly suffixRaw: string,
  ) {}
  /** True when the annotation stored any context at all. */
  get present(): boolean {
    return this.prefixRaw.length > 0 || this.suffixRaw.length > 0;
  }
  private get patterns() {
    if (!this.compiled) {
      const prefix = normalize(this.prefixRaw);
      const suffix = normalize(this.suffixRaw);
      // The prefix is read backwards from the quote, so it is compiled reversed.
      this.compiled = {
        prefix: prefix ? compilePattern(prefix, true) : null,
        suffix: suffix ? compilePattern(suffix) : null,
      };
    }
    return this.compiled;
  }
  get prefix(): CompiledPattern | null {
    return this.patterns.prefix;
  }
  get suffix(): CompiledPattern | null {
    return this.patterns.suffix;
  }
}

/** Wraps an annotation's raw prefix and suffix. */
export function compileContext(prefix: string, suffix: string): CompiledContext {
  return new CompiledContext(prefix, suffix);
}

function sideAgreement(p: CompiledPattern, norm: string, origin: number, step: 1 | -1): number {
  const { errors } = anchoredDistance(p, norm, origin, step, p.length + SLACK);
  const similarity = 1 - errors / p.length;
  return Math.max(0, Math.min(1, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY)));
}

/**
 * Agreement in [0, 1] of the context around normalized span [normStart, normEnd),
 * each side weighted by its length; null when the annotation stored no context.
 */
export function contextAgreement(
  ctx: CompiledContext,
  text: PreparedText,
  normStart: number,
  normEnd: number,
): number | null {
  const wp = ctx.prefix?.length ?? 0;
  const ws = ctx.suffix?.length ?? 0;
  if (wp + ws === 0) return null;
  const ap = ctx.prefix ? sideAgreement(ctx.prefix, text.norm, normStart, -1) : 0;
  const as = ctx.suffix ? sideAgreement(ctx.suffix, text.norm, normEnd, 1) : 0;
  return (ap * wp + as * ws) / (wp + ws);
}

/**
 * The context agreement a candidate needs, given the normalized quote length
 * and its similarity: short quotes occur by chance, so they need their context
 * to vouch for them; long exact quotes are evidence on their own.
 */
export function requiredAgreement(quoteLength: number, quoteSimilarity: number): number {
  const base = quoteLength < 16 ? 0.5 : quoteLength < 48 ? 0.35 : quoteLength < 96 ? 0.25 : 0.15;
  if (quoteSimilarity === 1) return base;
  // An edited short quote is weak evidence: in repetitive text ("item 30 costs", "item 31 costs") the
  // neighbour of a deleted sentence differs by one character, with context to match. Only nearly
  // intact context vouches for it.
  const edited = base + (1 - quoteSimilarity) * 3;
  return quoteLength < 32 ? Math.max(edited, 0.9) : edited;
}
