/**
 * Loaded into the `astro build` process that build-cli.ts starts (`--import`):
 * when the build's process is about to end, it tells the script its status on
 * file descriptor 3. Node can deadlock in its own shutdown after that point
 * (nodejs/node#54918: the main thread waits for its compiler threads, which
 * wait for a garbage collection only the main thread can run), leaving a
 * build that has finished but never ends; told the status, the script can end
 * it. Nothing here runs in a build started without the script.
 */
import { fstatSync, writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const NOTICE_FD = 3;

function hasNoticeChannel(): boolean {
  try {
    const channel = fstatSync(NOTICE_FD);
    return channel.isFIFO() || channel.isSocket();
  } catch {
    return false;
  }
}

// Only the process's own end: a worker thread that ends (they share the descriptor) is no end of the build.
if (isMainThread && hasNoticeChannel()) {
  process.on('exit', (code) => {
    try {
      writeSync(NOTICE_FD, `${code}\n`);
    } catch {
      // the script is gone: nothing to tell
    }
  });
}
