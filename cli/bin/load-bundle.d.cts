/** The CLI bundle loaded with its V8 code cache (the one made for `command`, if the build made one). */
export function loadBundle(
  file: string,
  options?: { command?: string; cache?: boolean },
): {
  main: (argv: string[]) => Promise<number>;
  cacheMissed: boolean;
  saveCache(target?: string): void;
};
/** Where the build puts the code cache of one command's run. */
export function commandCacheFile(file: string, build: string | number, command: string): string;
