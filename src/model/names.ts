/**
 * The folded form of a name used to decide that two names are the same thing: lower case,
 * accents, periods, possessive 's and a leading "the" dropped, other punctuation as space.
 * "the U.S." = "us"; "NATO’s" = "nato"; "Su-27s" stays distinct from "Su-27" only by the plural rule
 * applied by callers that want it.
 */
export function foldName(s: string): string {
  let t = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  t = t.replace(/[’'`´]s\b/g, '').replace(/\./g, '').replace(/[^a-z0-9\u0400-\u04ff]+/g, ' ').trim();
  return t.replace(/^the /, '');
}

/** Slug for keys: `x:ORG:collective-security-treaty-organization`. */
export function slug(s: string): string {
  return foldName(s).replace(/ /g, '-');
}
