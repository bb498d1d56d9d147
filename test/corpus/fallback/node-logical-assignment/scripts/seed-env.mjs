#!/usr/bin/env node
// Fills in anything the developer has not exported yet, then starts the worker.
import { spawn } from 'node:child_process';

process.env.NOVAMED_BASE_URL ||= 'https://feapi.novamed.care';
process.env.NOVAMED_API_KEY ??= '{{key:novamed}}';
process.env.MAIAGENT_API_KEY = process.env.MAIAGENT_API_KEY || "{{key:maiagent}}";

spawn(process.execPath, ['dist/worker.js'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
