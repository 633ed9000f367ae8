// The baseline of bench/click.mjs: bare Fastify answering the same 302 a click gets, with no
// work behind it (no lookup, no storage). Started as its own process, like the API.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 5100);
const app = Fastify({ logger: false });
app.get('/v1/click', (request, reply) => {
  const clickId = randomBytes(18).toString('base64url');
  reply
    .code(302)
    .header('location', `https://offers.example.com/landing?click=${clickId}`)
    .header('x-click-id', clickId)
    .header('cache-control', 'no-store')
    .send();
});
await app.listen({ host: '127.0.0.1', port });
process.send?.('ready');
