import express from 'express';
import { listen, type RunningServer } from '../../src/api/server';

// The API's server in a process of its own (tests/integration/server-close.test.ts): GET /busy holds
// the event loop for the milliseconds given, then closes the server and exits once it has closed.
const app = express();
let running: RunningServer;
app.get('/busy', (req, res) => {
  const until = Date.now() + Number(req.query.ms);
  while (Date.now() < until);
  void running.close().then(() => process.exit(0));
  res.send('closing');
});
app.get('/hello', (_req, res) => res.send('hello'));
void listen(app, 0, '127.0.0.1').then((server) => {
  running = server;
  console.log(server.url);
});
