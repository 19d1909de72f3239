// Starts the real codebase-mcp jar for the suite: `mcp` over stdio, or `serve` for streamable HTTP,
// each with its own temporary CODEBASE_HOME (and so its own embedded PostgreSQL).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, realpathSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const here = dirname(fileURLToPath(import.meta.url));
export const JAR = resolve(process.env.CODEBASE_MCP_JAR ?? join(here, '..', '..', '..', '..', 'target', 'codebase-mcp.jar'));
export const JAVA = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const START_TIMEOUT_MS = 120_000;

if (!existsSync(JAR)) {
  throw new Error(`codebase-mcp jar not found at ${JAR}: build it first (./mvnw -B package) or set CODEBASE_MCP_JAR`);
}

/** A fresh CODEBASE_HOME and working directory, plus the child environment without the caller's CODEBASE_* settings. */
export function sandbox() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'codebase-mcp-conformance-')));
  const home = join(root, 'home');
  mkdirSync(home);
  const env = Object.fromEntries(Object.entries(process.env)
    .filter(([name]) => !name.startsWith('CODEBASE_') && !name.includes('INDEXING_JOB')));
  env.CODEBASE_HOME = home;
  env.CODEBASE_LOG_LEVEL = 'INFO';
  return { root, home, env };
}

/** A repository of `files` Java files; file 0 holds `needle`. */
export function repository(root, name, files, needle) {
  const repo = join(root, name);
  mkdirSync(join(repo, 'src'), { recursive: true });
  for (let i = 0; i < files; i++) {
    const lines = [`package demo;`, ``, `class Unit${i} {`];
    if (i === 0) lines.push(`    String marker = "${needle}";`);
    for (let j = 0; j < 20; j++) lines.push(`    int value${j}() { return ${i * 100 + j}; }`);
    lines.push(`}`, ``);
    writeFileSync(join(repo, 'src', `Unit${i}.java`), lines.join('\n'));
  }
  return repo;
}

export function newClient() {
  return new Client({ name: 'codebase-mcp-conformance', version: '1.0.0' }, { capabilities: {} });
}

/** `codebase-mcp mcp` as a child process, driven by the TypeScript SDK's stdio transport. */
export async function startStdio(box) {
  const transport = new StdioClientTransport({
    command: JAVA, args: ['-jar', JAR, 'mcp'], env: box.env, cwd: box.root, stderr: 'pipe',
  });
  const stderr = [];
  transport.stderr.on('data', chunk => stderr.push(chunk.toString()));
  const client = newClient();
  await client.connect(transport, { timeout: START_TIMEOUT_MS });
  return { client, transport, stderr: () => stderr.join('') };
}

/** `codebase-mcp serve` on a free port; resolves once it prints its address. */
export async function startServe(box, extraEnv = {}) {
  const child = spawn(JAVA, ['-jar', JAR, 'serve', '--port', '0'], {
    env: { ...box.env, ...extraEnv }, cwd: box.root, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const base = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${stderr}`)), START_TIMEOUT_MS);
    child.stderr.on('data', chunk => {
      stderr += chunk.toString();
      const match = stderr.match(/MCP \(streamable HTTP\) on (http:\/\/\S+)\/mcp/);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
  });
  return {
    base,
    async connect(headers = {}) {
      const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { requestInit: { headers } });
      const client = newClient();
      await client.connect(transport, { timeout: START_TIMEOUT_MS });
      return { client, transport };
    },
    async stop() {
      const exited = new Promise(resolvePromise => child.once('exit', resolvePromise));
      child.kill('SIGTERM');
      await withTimeout(exited, 60_000, 'serve did not stop after SIGTERM');
    },
  };
}

/** Runs a short-lived CLI command against the same CODEBASE_HOME and parses its JSON output. */
export function cliJson(box, ...args) {
  const run = spawnSync(JAVA, ['-jar', JAR, ...args, '--json'], { env: box.env, cwd: box.root, encoding: 'utf8', timeout: START_TIMEOUT_MS });
  if (run.status !== 0) {
    throw new Error(`codebase-mcp ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}

export function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); }),
  ]);
}
