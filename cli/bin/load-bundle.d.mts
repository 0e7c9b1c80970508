/** The CLI bundle loaded with its V8 code cache. */
export function loadBundle(file: string): {
  main: (argv: string[]) => Promise<number>;
  cacheMissed: boolean;
  saveCache(): void;
};
