#!/usr/bin/env node
// The `gwdraft` command. Runs the TypeScript sources through tsx, so `npx gwdraft` works right after
// `npm install` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
