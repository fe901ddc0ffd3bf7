/** CONTRACT (filled in by the auth work): the signed-in user's name and sign-out, or a sign-in link. */
export default async function UserMenu() {
  return <a href="/sign-in">Sign in</a>;
}
