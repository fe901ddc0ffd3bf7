/**
 * Password strength rules for new passwords, as one pure function so the sign-up
 * form, the data layer and the tests agree. The rules follow NIST 800-63B in
 * spirit: length matters most, so we ask for 10+ characters, refuse passwords
 * made of a single kind of character, refuse a short list of the passwords
 * attackers try first, and refuse passwords that contain the email's local part.
 * No rotation or "must contain a symbol" rules: they push people to worse habits.
 */

export const PASSWORD_MIN_LENGTH = 10;
/** Argon2 cost grows with input; a cap stops megabyte "passwords" from tying up a core. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * The most common passwords of 10+ characters in public breach lists (shorter ones
 * already fail the length rule). Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  '1234567890a',
  '0123456789',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password12345',
  'password!!',
  'password1!',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou12',
  'iloveyou123',
  'sunshine123',
  'football123',
  'baseball123',
  'princess123',
  'welcome123',
  'welcome1234',
  'letmein123',
  'letmein1234',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'abcdefg123',
  'a1b2c3d4e5',
  'monkey1234',
  'dragon1234',
  'superman123',
  'trustno1234',
  'changeme123',
  'administrator',
  'admin12345',
  'admin123456',
  'q1w2e3r4t5',
  'zaq12wsxcde',
  '1qaz2wsx3edc',
  'asdfghjkl1',
  'asdfghjkl123',
  'zxcvbnm123',
  'qazwsxedc123',
  'gloss12345',
  'gloss123456',
]);

type CharClass = 'lower' | 'upper' | 'digit' | 'other';

function charClass(ch: string): CharClass {
  if (/\p{Ll}/u.test(ch)) return 'lower';
  if (/\p{Lu}/u.test(ch)) return 'upper';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  return 'other';
}

/**
 * Returns why `password` is too weak for the account `email`, as a sentence a
 * person can act on, or null when it is acceptable.
 */
export function checkPasswordStrength(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;

  const classes = new Set([...password].map(charClass));
  if (classes.size < 2) {
    return 'Mix at least two kinds of characters (lowercase, uppercase, digits, symbols or spaces).';
  }

  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'That password is too common. Choose one that is harder to guess.';

  const localPart = email?.trim().toLowerCase().split('@')[0] ?? '';
  // Very short local parts ("a@x.org") would match by accident, so only check from 3 characters.
  if (localPart.length >= 3 && lowered.includes(localPart)) {
    return 'Don’t include your email address in your password.';
  }
  return null;
}
