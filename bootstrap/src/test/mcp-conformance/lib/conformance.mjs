// The checks every transport must pass. The TypeScript SDK's Client.callTool itself rejects a result
// whose structuredContent does not match the tool's outputSchema (even on isError); the suite also
// validates each result with Ajv and checks every documented error's exact text.
import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { repository, sandbox } from './server.mjs';

const TOOLS = ['start_indexing_background', 'get_indexing_status', 'list_background_jobs', 'cancel_indexing_job',
  'index_repository', 'search_code', 'set_working_directory'];
const CALL_TIMEOUT = { timeout: 120_000 };
const NEEDLE = 'conformanceNeedle';
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';

/**
 * @param transportName label of the suite
 * @param open (box) => Promise<{ client, close(): Promise<void> }>
 */
export function conformanceSuite(transportName, open) {
  describe(`codebase-mcp over ${transportName}, driven by the TypeScript SDK client`, () => {
    const box = sandbox();
    const small = repository(box.root, 'small', 3, NEEDLE);
    const large = repository(box.root, 'large', 3000, NEEDLE);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validators = new Map();
    let server;
    let client;
    let completedJob;

    before(async () => {
      server = await open(box);
      client = server.client;
    });
    after(async () => {
      await server?.close();
    });

    async function call(name, args, options = {}) {
      return client.callTool({ name, arguments: args }, undefined, { ...CALL_TIMEOUT, ...options });
    }

    async function success(name, args, options) {
      const result = await call(name, args, options);
      assert.ok(!result.isError, `${name} failed: ${JSON.stringify(result.content)}`);
      const validate = validators.get(name);
      assert.ok(validate(result.structuredContent), `${name}: ${ajv.errorsText(validate.errors)}`);
      assert.equal(result.content[0].type, 'text');
      assert.ok(result.content[0].text.length > 0);
      return result.structuredContent;
    }

    async function failure(name, args, expected) {
      const result = await call(name, args);
      assert.equal(result.isError, true, `${name} ${JSON.stringify(args)} should fail`);
      assert.equal(result.structuredContent, undefined, 'an error result carries no structuredContent');
      const text = result.content[0].text;
      if (expected instanceof RegExp) {
        assert.match(text, expected);
      } else {
        assert.equal(text, expected);
      }
      return result;
    }

    async function awaitEnd(jobId) {
      const deadline = Date.now() + 180_000;
      for (;;) {
        const job = await success('get_indexing_status', { job_id: jobId });
        if (['completed', 'failed', 'cancelled'].includes(job.status) || Date.now() > deadline) return job;
        await new Promise(resolve => setTimeout(resolve, 200));
      }
    }

    it('lists the seven tools with schemas, titles and annotations', async () => {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map(tool => tool.name).sort(), [...TOOLS].sort());
      for (const tool of tools) {
        assert.equal(tool.inputSchema.type, 'object');
        assert.equal(tool.outputSchema.type, 'object');
        assert.ok(tool.title, `${tool.name} has a title`);
        assert.ok(tool.description.length > 60, `${tool.name} has a description`);
        for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']) {
          assert.equal(typeof tool.annotations?.[hint], 'boolean', `${tool.name} states ${hint}`);
        }
        validators.set(tool.name, ajv.compile(tool.outputSchema));
      }
      const readOnly = tools.filter(tool => tool.annotations.readOnlyHint).map(tool => tool.name).sort();
      assert.deepEqual(readOnly, ['get_indexing_status', 'list_background_jobs', 'search_code']);
      const search = tools.find(tool => tool.name === 'search_code');
      assert.match(search.description, /grep/);
      assert.ok(search.inputSchema.properties.max_chars);
    });

    it('set_working_directory: success and every documented error', async () => {
      const moved = await success('set_working_directory', { directory: small });
      assert.equal(moved.working_directory, small);
      assert.equal(moved.project_id, 'default');
      const file = join(small, 'src', 'Unit0.java');
      await failure('set_working_directory', { directory: 'relative' }, 'directory must be absolute, got: relative');
      await failure('set_working_directory', { directory: '/var/data/../../etc' },
        "Path traversal detected in directory: /var/data/../../etc ('..' segments are not allowed)");
      await failure('set_working_directory', { directory: join(box.root, 'nowhere') },
        `directory does not exist: ${join(box.root, 'nowhere')}`);
      await failure('set_working_directory', { directory: file }, `directory is not a directory: ${file}`);
      await failure('set_working_directory', {}, /directory/);
    });

    it('start_indexing_background and get_indexing_status: success', async () => {
      const started = await success('start_indexing_background', { repo_path: small });
      assert.equal(started.project_id, 'default');
      assert.match(started.job_id, /^[0-9a-f-]{36}$/);
      const job = await awaitEnd(started.job_id);
      assert.equal(job.status, 'completed');
      assert.equal(job.files_indexed, 3);
      assert.match(job.completed_at, /Z$/);
      const scoped = await success('get_indexing_status', { job_id: started.job_id, project_id: 'default' });
      assert.equal(scoped.job_id, started.job_id);
      completedJob = started.job_id;
    });

    it('start_indexing_background: every documented error', async () => {
      const missing = join(box.root, 'missing');
      await failure('start_indexing_background', { repo_path: 'relative/repo' }, 'repo_path must be absolute, got: relative/repo');
      await failure('start_indexing_background', { repo_path: '/var/data/../../etc/passwd' },
        "Path traversal detected in repo_path: /var/data/../../etc/passwd ('..' segments are not allowed)");
      await failure('start_indexing_background', { repo_path: missing }, `repo_path does not exist: ${missing}`);
      await failure('start_indexing_background', { repo_path: small, project_id: 'My App' },
        "Invalid project_id: 'My App' (use 1-63 characters from lower-case letters a-z, digits 0-9, '-' and '_')");
      await failure('start_indexing_background', {}, /repo_path/);
      await failure('start_indexing_background', { repo_path: small, force_reindex: 'yes' }, /force_reindex/);
    });

    it('get_indexing_status: every documented error', async () => {
      await failure('get_indexing_status', { job_id: 'not-a-uuid' },
        'Invalid job_id format: not-a-uuid (expected a UUID such as 123e4567-e89b-12d3-a456-426614174000)');
      await failure('get_indexing_status', { job_id: UNKNOWN_JOB }, `Job not found: ${UNKNOWN_JOB}`);
      await failure('get_indexing_status', { job_id: completedJob, project_id: 'other' },
        `Job ${completedJob} belongs to project 'default', not 'other'`);
      await failure('get_indexing_status', {}, /job_id/);
    });

    it('list_background_jobs: success, budget and every documented error', async () => {
      const listed = await success('list_background_jobs', { status: 'completed' });
      assert.ok(listed.jobs.some(job => job.job_id === completedJob));
      assert.equal(listed.count, listed.jobs.length);
      assert.equal(listed.truncated, false);
      await failure('list_background_jobs', { status: 'sleeping' }, /status/);
      await failure('list_background_jobs', { project_id: 'No Good' }, /^Invalid project_id: 'No Good'/);
      await failure('list_background_jobs', { limit: 0 }, /limit/);
      await failure('list_background_jobs', { max_chars: 5 }, /max_chars/);
    });

    it('search_code: success, output budget and every documented error', async () => {
      const found = await success('search_code', { query: NEEDLE, mode: 'literal' });
      assert.equal(found.count, 1);
      assert.equal(found.files[0].path, 'src/Unit0.java');
      const ranked = await success('search_code', { query: 'value3', limit: 3 });
      assert.ok(ranked.count <= 3);
      const budget = await call('search_code', { query: 'return', mode: 'literal', limit: 100, context_lines: 10, max_chars: 1000 });
      assert.ok(!budget.isError);
      assert.ok(validators.get('search_code')(budget.structuredContent));
      assert.ok(budget.structuredContent.omitted_hits > 0);
      assert.equal(budget.structuredContent.next_offset, budget.structuredContent.count);
      assert.match(budget.content[0].text, /left out to stay within max_chars; fetch them with offset=\d+/);
      await failure('search_code', { query: 'ab', mode: 'literal' },
        /^query 'ab' needs at least 3 consecutive letters or digits in literal mode/);
      await failure('search_code', { query: 'abc(', mode: 'regex' }, /regex|regular expression/i);
      await failure('search_code', { query: NEEDLE, mode: 'fuzzy' }, /mode/);
      await failure('search_code', { query: NEEDLE, project_id: 'No Good' }, /^Invalid project_id: 'No Good'/);
      await failure('search_code', { query: NEEDLE, project_id: 'nobody' },
        /^Unknown project_id 'nobody': no indexed repository belongs to it \(projects with an index: default\)/);
      await failure('search_code', { query: NEEDLE, repo_path: join(box.root, 'never-indexed') }, /has no published index/);
      await failure('search_code', { query: NEEDLE, path_glob: 'src/{a,{b}}' }, /^Invalid path_glob 'src\/\{a,\{b\}\}': it has nested braces/);
      await failure('search_code', { query: NEEDLE, language: 'c++ !' },
        /^Unknown language: 'c\+\+ !'\. Known languages: ada, .*java.* \(aliases such as js, ts, golang, py are accepted\)$/);
      await failure('search_code', { query: NEEDLE, context_lines: 11 }, /context_lines/);
      await failure('search_code', { query: NEEDLE, limit: 1000 }, /limit/);
      await failure('search_code', {}, /query/);
    });

    it('index_repository: waits with progress notifications, and every documented error', async () => {
      const progress = [];
      const job = await success('index_repository', { repo_path: large, wait_seconds: 600 },
        { onprogress: update => progress.push(update), resetTimeoutOnProgress: true });
      assert.equal(job.finished, true);
      assert.equal(job.status, 'completed');
      assert.equal(job.files_indexed, 3000);
      assert.ok(progress.length >= 1, 'at least one progress notification');
      for (let i = 1; i < progress.length; i++) assert.ok(progress[i].progress > progress[i - 1].progress, 'progress grows');
      assert.equal(progress.at(-1).progress, 3000);
      await failure('index_repository', { repo_path: 'relative/repo' }, 'repo_path must be absolute, got: relative/repo');
      await failure('index_repository', { repo_path: large, wait_seconds: 100000 }, /wait_seconds/);
      await failure('index_repository', { repo_path: large, project_id: 'My App' }, /^Invalid project_id: 'My App'/);
    });

    it('notifications/cancelled ends an index_repository wait and leaves the job running', async () => {
      const controller = new AbortController();
      let firstProgress;
      const progressed = new Promise(resolve => { firstProgress = resolve; });
      const waiting = call('index_repository', { repo_path: large, force_reindex: true, wait_seconds: 600 },
        { signal: controller.signal, onprogress: update => firstProgress(update) });
      await progressed;
      controller.abort('the user pressed stop');
      await assert.rejects(waiting, error => /pressed stop|abort|cancel/i.test(String(error)));

      const listed = await success('list_background_jobs', { repo_path: large, limit: 1 });
      const job = listed.jobs[0];
      assert.equal(job.cancel_requested, false, 'cancelling the call does not cancel the job');
      const end = await awaitEnd(job.job_id);
      assert.equal(end.status, 'completed');
    });

    it('cancel_indexing_job: success and every documented error', async () => {
      const started = await success('start_indexing_background', { repo_path: large, force_reindex: true });
      const cancelled = await success('cancel_indexing_job', { job_id: started.job_id });
      assert.ok(cancelled.status === 'cancelled' || cancelled.cancel_requested === true, JSON.stringify(cancelled));
      assert.equal((await awaitEnd(started.job_id)).status, 'cancelled');
      await failure('cancel_indexing_job', { job_id: completedJob },
        `Job ${completedJob} is already completed and cannot be cancelled`);
      await failure('cancel_indexing_job', { job_id: UNKNOWN_JOB }, `Job not found: ${UNKNOWN_JOB}`);
      await failure('cancel_indexing_job', { job_id: '42' },
        'Invalid job_id format: 42 (expected a UUID such as 123e4567-e89b-12d3-a456-426614174000)');
    });

    it('answers an unknown tool with an error, not a crash', async () => {
      await assert.rejects(call('no_such_tool', {}), /no_such_tool|not found|unknown/i);
      await success('list_background_jobs', { limit: 1 });
    });
  });
}

/** A directory with a .codebase-mcp/config.json naming a project. */
export function projectDirectory(root, name, projectId) {
  const directory = join(root, name);
  mkdirSync(join(directory, '.codebase-mcp'), { recursive: true });
  writeFileSync(join(directory, '.codebase-mcp', 'config.json'), JSON.stringify({ project_id: projectId }));
  return directory;
}
