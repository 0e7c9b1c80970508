#!/usr/bin/env node
// The `gwdraft` command for callers that name this file: it runs gwdraft.cjs, the bin package.json
// names (CommonJS, which Node starts faster than an ES module: see there).
import './gwdraft.cjs';
