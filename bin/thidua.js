#!/usr/bin/env node
// CommonJS (bin/package.json): the CLI runs from dist/cli.cjs through V8's code cache (dist/launch.cjs).
require("../dist/launch.cjs");
