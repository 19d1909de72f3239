import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceSuite } from '../lib/conformance.mjs';
import { cliJson, repository, sandbox, startStdio, withTimeout } from '../lib/server.mjs';

conformanceSuite('stdio', async box => {
  const server = await startStdio(box);
  return { client: server.client, close: () => server.client.close() };
});

describe('codebase-mcp mcp: end of stdin', () => {
  it('exits by itself with status 0 and hands its running job back as pending', async () => {
    const box = sandbox();
    const repo = repository(box.root, 'big', 10000, 'handBackNeedle');
    const { client, transport, stderr } = await startStdio(box);
    const started = await client.callTool({ name: 'start_indexing_background', arguments: { repo_path: repo } });
    const jobId = started.structuredContent.job_id;
    for (let status = started.structuredContent.status; status !== 'running';) {
      assert.equal(status === 'pending' || status === 'running', true, `unexpected status ${status}`);
      await new Promise(resolve => setTimeout(resolve, 100));
      status = (await client.callTool({ name: 'get_indexing_status', arguments: { job_id: jobId } })).structuredContent.status;
    }

    // What a host does when it shuts down: close the server's stdin and wait, without any signal.
    const child = transport._process;
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stdin.end();
    const { code, signal } = await withTimeout(exited, 60_000, 'the server did not exit after stdin closed');

    assert.equal(signal, null);
    assert.equal(code, 0, stderr());
    assert.match(stderr(), /stdin closed/);
    const job = cliJson(box, 'status', jobId);
    assert.equal(job.status, 'pending', JSON.stringify(job));
  });
});
