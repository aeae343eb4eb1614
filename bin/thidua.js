#!/usr/bin/env node
// CommonJS (bin/package.json), as dist/ is: no run starts Node's ES module loader.
require("../dist/launch.js");
