/**
 * Where the export bundle finds the parts its build deflated ahead of time (electron/service/known-parts.ts):
 * scripts/build-cli.mjs replaces this module in dist/cli/export.cjs with the path of
 * export.cjs.<build>.parts beside it. From the sources (and the other bundles) there is none.
 */
export const KNOWN_PARTS_FILE: string | undefined = undefined;
