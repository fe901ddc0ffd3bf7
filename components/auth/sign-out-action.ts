'use server';
/** Server action behind every "Sign out" button: clears the Auth.js session cookie and goes home. */
import { signOut } from '@/lib/auth/auth';

/** Signs the current user out and redirects to the home page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
