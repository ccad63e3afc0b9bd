// Test host: runs the BUILT CLI's `main` (packages/cli/dist/main.js, everything of the binary but its three-line
// bin.js) many times in one process, so the suite pays for loading core and compiling pack schemas once per
// test file instead of once per command line. Requests and results travel over the fork IPC channel;
// whatever the code under test prints to the real stdout/stderr is dropped (and should be nothing).
import { main } from '../../packages/cli/dist/main.js';

process.on('message', async (req) => {
  let stdout = '';
  const stderr = [];
  const io = {
    cwd: req.cwd,
    env: req.env,
    out: async (text) => void (stdout += text),
    stdoutIsTTY: false,
    stderr: (line) => void stderr.push(line),
    progressStream: undefined,
    readStdin: async () => Buffer.from(req.input ?? '', 'utf8'),
    stdinIsTTY: false,
  };
  let code;
  try {
    code = await main(req.args, io);
  } catch (err) {
    code = -1;
    stderr.push(`host: main threw: ${err instanceof Error ? err.stack : String(err)}`);
  }
  process.send({ id: req.id, code, stdout, stderr: stderr.map((l) => `${l}\n`).join('') });
});
// The test worker went away (finished or killed): so does the host.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
