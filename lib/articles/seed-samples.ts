/** Placeholder replaced by the articles work: imports the shipped sample articles into an empty database. */
export async function seedSampleArticlesIfEmpty(): Promise<number> {
  return 0;
}
