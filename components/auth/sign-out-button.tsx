/**
 * A "Sign out" button. A form posting to a server action (not a link), so a
 * page or image elsewhere can't sign people out with a GET, and it works
 * before JavaScript loads.
 */
import { signOutAction } from './sign-out-action';

/** The sign-out form; `className` styles the button. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
