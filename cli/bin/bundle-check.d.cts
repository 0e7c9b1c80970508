/** Why the prebuilt CLI bundle under `root` cannot be used, or null when it is up to date. */
export function bundleProblem(root: URL | string, bundle?: 'check' | 'export'): string | null;
