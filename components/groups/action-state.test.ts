import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { errorState, invalidState } from './action-state';

describe('errorState', () => {
  it('shows an AppError message and keeps the typed values', () => {
    const state = errorState(new AppError('CONFLICT', 'You are the only owner.'), { name: 'x' });
    expect(state).toEqual({ message: 'You are the only owner.', values: { name: 'x' } });
  });

  it('puts a field message under its field without repeating it for the form', () => {
    const state = errorState(new AppError('VALIDATION', 'Give the group a name.', { name: ['Give the group a name.'] }));
    expect(state.message).toBeUndefined();
    expect(state.fieldErrors?.name).toEqual(['Give the group a name.']);
  });

  it('hides unexpected errors behind a generic message', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(errorState(new Error('secret stack detail')).message).toBe('Something went wrong on our side. Please try again.');
    } finally {
      console.error = spy;
    }
  });
});

describe('invalidState', () => {
  it('maps zod issues to the first path segment, one list per field', () => {
    const schema = z.object({ name: z.string().min(1, 'Give the group a name.'), tags: z.array(z.string().min(1, 'Empty tag.')) });
    const result = schema.safeParse({ name: '', tags: ['ok', ''] });
    expect(result.success).toBe(false);
    const state = invalidState(result.error!.issues, { name: '' });
    expect(state.fieldErrors).toEqual({ name: ['Give the group a name.'], tags: ['Empty tag.'] });
    expect(state.message).toBeUndefined();
    expect(state.values).toEqual({ name: '' });
  });

  it('gives a form-level message for issues without a field', () => {
    const result = z.string().min(3, 'Too short.').safeParse('a');
    expect(invalidState(result.error!.issues).message).toBe('Too short.');
  });
});
