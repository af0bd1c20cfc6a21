/**
 * The scopes of a locale's search: the living docs, and each White Paper
 * edition (`current` for the working draft). Each scope is one index.
 */

/** The living docs' scope. */
export const docsScope = 'docs';

/** The scope of a White Paper edition. */
export function editionScope(edition: string): string {
  return `white-paper@${edition}`;
}

/** The White Paper edition a scope holds, or undefined for the living docs. */
export function editionOfScope(scope: string): string | undefined {
  return scope.startsWith('white-paper@') ? scope.slice('white-paper@'.length) : undefined;
}
