import assert from 'node:assert/strict';
import { describe, it, before, after } from 'node:test';
import { conformanceSuite } from '../lib/conformance.mjs';
import { sandbox, startServe } from '../lib/server.mjs';

conformanceSuite('streamable HTTP', async box => {
  const serve = await startServe(box);
  const { client } = await serve.connect();
  return {
    client,
    close: async () => {
      await client.close();
      await serve.stop();
    },
  };
});

describe('codebase-mcp serve: /mcp behind the bearer token', () => {
  const TOKEN = 'conformance-token-0123456789';
  let serve;

  before(async () => {
    serve = await startServe(sandbox(), { CODEBASE_HTTP_TOKEN: TOKEN });
  });
  after(async () => {
    await serve?.stop();
  });

  it('refuses a client without the token', async () => {
    await assert.rejects(serve.connect(), /401|Unauthorized/i);
  });

  it('serves a client with the token, in its own session', async () => {
    const first = await serve.connect({ Authorization: `Bearer ${TOKEN}` });
    const second = await serve.connect({ Authorization: `Bearer ${TOKEN}` });
    assert.notEqual(first.transport.sessionId, second.transport.sessionId);
    const { tools } = await first.client.listTools();
    assert.equal(tools.length, 7);
    await first.client.close();
    await second.client.close();
  });
});
