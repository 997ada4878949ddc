#!/usr/bin/env node
import { main } from '../dist/cli/main.js';
import { nodeIo } from '../dist/cli/io.js';

process.exitCode = await main(process.argv, nodeIo);
