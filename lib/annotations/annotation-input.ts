/**
 * The shapes and limits of what people send when they annotate, as zod
 * schemas with messages a person understands. Shared by the data-layer
 * functions (which parse again: they never trust their callers) and the API
 * routes.
 */
import { z } from 'zod';

export const COLORS = ['plain', 'agree', 'dispute', 'question'] as const;
export type HighlightColor = (typeof COLORS)[number];

export const MAX_BODY_LENGTH = 10_000;
export const MAX_CLAIM_LENGTH = 280;
export const MAX_QUOTE_LENGTH = 20_000;

export const colorSchema = z.enum(COLORS, { error: 'The colour must be one of plain, agree, dispute or question.' });

export const bodySchema = z
  .string()
  .max(MAX_BODY_LENGTH, `Notes can be at most ${MAX_BODY_LENGTH.toLocaleString('en')} characters.`);

export const claimStatementSchema = z
  .string()
  .trim()
  .min(1, 'State the claim in one line.')
  .max(MAX_CLAIM_LENGTH, `A claim statement can be at most ${MAX_CLAIM_LENGTH} characters.`)
  .refine((s) => !/[\r\n]/.test(s), 'A claim statement must be a single line.');

export const visibilitySchema = z.enum(['PRIVATE', 'GROUP', 'PUBLIC'], {
  error: 'Visibility must be only me (PRIVATE), a group (GROUP) or public (PUBLIC).',
});
export const stanceSchema = z.enum(['SUPPORTS', 'DISPUTES', 'NEEDS_CONTEXT', 'QUESTION'], {
  error: 'The stance must be supports, disputes, needs context or question.',
});
export const motivationSchema = z.enum(['HIGHLIGHTING', 'COMMENTING', 'TAGGING']);

export const selectorSchema = z
  .object({
    exact: z.string().min(1, 'Select some text first.').max(MAX_QUOTE_LENGTH, 'That selection is too long to annotate.'),
    prefix: z.string().max(200).optional(),
    suffix: z.string().max(200).optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { message: 'The selection must end after it starts.', path: ['end'] });
export type SelectorInput = z.infer<typeof selectorSchema>;

const tagsSchema = z.array(z.string()).max(50, 'Too many tags.');
const idSchema = z.string().trim().min(1).max(64);

export const createAnnotationSchema = z
  .object({
    articleId: idSchema,
    /** The revision the selection was made on; must be the article's current one. Defaults to it. */
    revisionId: idSchema.optional(),
    selector: selectorSchema,
    motivation: motivationSchema.optional(),
    color: colorSchema.optional(),
    body: bodySchema.optional(),
    tags: tagsSchema.optional(),
    visibility: visibilitySchema.default('PRIVATE'),
    groupId: idSchema.nullish(),
    isClaim: z.boolean().default(false),
    claimStatement: z.string().nullish(),
  })
  .strict();
export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;

export const createReplySchema = z
  .object({
    body: bodySchema.trim().min(1, 'Write something to reply.'),
    stance: stanceSchema.nullish(),
    tags: tagsSchema.optional(),
  })
  .strict();
export type CreateReplyInput = z.input<typeof createReplySchema>;

export const updateAnnotationSchema = z
  .object({
    /** The version the editor started from (optimistic concurrency). */
    version: z.number({ error: 'Say which version you edited (version).' }).int().min(1),
    body: bodySchema.nullish(),
    color: colorSchema.nullish(),
    tags: tagsSchema.optional(),
    visibility: visibilitySchema.optional(),
    groupId: idSchema.nullish(),
    isClaim: z.boolean().optional(),
    claimStatement: z.string().nullish(),
    stance: stanceSchema.nullish(),
  })
  .strict();
export type UpdateAnnotationInput = z.input<typeof updateAnnotationSchema>;

export const flagReasonSchema = z
  .string({ error: 'Say why you are flagging this.' })
  .trim()
  .min(1, 'Say why you are flagging this.')
  .max(500, 'Keep the reason under 500 characters.');

/** Text around a selection stored as prefix/suffix (W3C TextQuoteSelector). */
export const CONTEXT_LENGTH = 32;
