/**
 * The writer thread of background-writes.ts: does the file operations it is sent, one at a time
 * in the order they come, and reports which finished and which failed. It reports once per run
 * of waiting messages, not once per operation, so a burst of writes costs the pages' thread one
 * message back.
 */
import fs from 'node:fs';
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { WriteJob, WriteReport } from './background-writes.ts';

const { port } = workerData as { port: MessagePort };

function run(job: WriteJob, report: WriteReport): void {
  try {
    let answer: string | undefined;
    if (job.op === 'mkdir') answer = fs.mkdirSync(job.path, job.options);
    else if (job.op === 'writeFile') fs.writeFileSync(job.path, job.data, job.options);
    else fs.copyFileSync(job.path, job.destination, job.mode);
    report.done.push(answer === undefined ? job.id : [job.id, answer]);
  } catch (error) {
    const { message, code, errno, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
    report.failed.push([job.id, { message, code, errno, syscall, path, dest }]);
  }
}

port.on('message', (first: WriteJob) => {
  const report: WriteReport = { done: [], failed: [] };
  run(first, report);
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) run(next.message as WriteJob, report);
  port.postMessage(report);
});
