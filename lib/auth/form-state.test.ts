import { describe, expect, it } from 'vitest';
import { splitErrorMessage } from './form-state';

describe('splitErrorMessage', () => {
  it('puts a field-only message on the field alone', () => {
    expect(splitErrorMessage('Wrong password.', { password: ['Wrong password.'] })).toEqual({
      fieldErrors: { password: ['Wrong password.'] },
    });
  });

  it('keeps the extra sentence for the form', () => {
    expect(splitErrorMessage('Wrong password. Too many attempts, try again in 30 seconds.', { password: ['Wrong password.'] })).toEqual({
      fieldErrors: { password: ['Wrong password.'] },
      message: 'Too many attempts, try again in 30 seconds.',
    });
  });

  it('shows a form-level message when no field is involved', () => {
    expect(splitErrorMessage('Too many attempts, try again in 5 seconds.')).toEqual({
      message: 'Too many attempts, try again in 5 seconds.',
    });
  });
});
