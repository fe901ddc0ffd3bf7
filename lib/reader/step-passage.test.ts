import { describe, expect, it } from 'vitest';
import { isTypingTarget, stepPassage } from './step-passage';

describe('stepPassage', () => {
  it('starts at the first visible passage', () => {
    expect(stepPassage(null, 0, 5, 1)).toBe(0);
    expect(stepPassage(null, 3, 5, 1)).toBe(3);
    expect(stepPassage(null, 3, 5, -1)).toBe(2);
    expect(stepPassage(null, 0, 5, -1)).toBe(0);
  });
  it('moves one step and stops at the ends', () => {
    expect(stepPassage(1, 0, 5, 1)).toBe(2);
    expect(stepPassage(4, 0, 5, 1)).toBe(4);
    expect(stepPassage(0, 0, 5, -1)).toBe(0);
  });
  it('has nowhere to go without passages', () => {
    expect(stepPassage(null, 0, 0, 1)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('recognises text entry', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });
  it('ignores everything else', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'P' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
