#!/usr/bin/env node
import { main, nodeIo } from '../dist/kaohe.js';

process.exitCode = await main(process.argv, nodeIo);
