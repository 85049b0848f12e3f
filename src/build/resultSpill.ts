import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { asWriteError } from '../write/sink.js';

/** Bytes gathered before one write: a few hundred results a write rather than one. */
const WRITE_CHUNK = 1 << 20;
/** Bytes read at once when results are read in order: a pass over 50,000 results is some sixty reads. */
const READ_WINDOW = 1 << 20;

/**
 * An append-only scratch file of byte strings, read back by offset. It lives
 * in `dir` (the staging folder, on the disk the output goes to; a tmpfs
 * /tmp would put it back in memory) and is unlinked as soon as it is open, so
 * no file is left behind however the build ends, and the output never holds
 * it. What is written sits in the page cache, which the kernel may drop,
 * not in the process's memory.
 */
export class ResultSpill {
  private fd: number | null;
  private written = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private window: { start: number; bytes: Buffer } | null = null;

  /** A file system failure (no space, no permission) is a WriteError, reported as any other write to the output. */
  constructor(dir: string) {
    const path = join(dir, `.patchpress-results-${process.pid}-${randomBytes(4).toString('hex')}`);
    this.fd = asWriteError(() => openSync(path, 'w+'));
    asWriteError(() => unlinkSync(path));
  }

  /** Appends `bytes`; returns where they start. */
  append(bytes: Uint8Array): number {
    const offset = this.written + this.pendingBytes;
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes >= WRITE_CHUNK) this.flush();
    return offset;
  }

  /**
   * The `length` bytes at `offset`. Reads a window of the file at a time, so
   * reading results in about the order they were written costs one read
   * per megabyte; the bytes are a view of that window, valid until the next read.
   */
  read(offset: number, length: number): Buffer {
    if (offset + length > this.written) this.flush();
    const window = this.window;
    if (window && offset >= window.start && offset + length <= window.start + window.bytes.byteLength) {
      return window.bytes.subarray(offset - window.start, offset - window.start + length);
    }
    const size = Math.min(Math.max(READ_WINDOW, length), this.written - offset);
    const bytes = Buffer.allocUnsafeSlow(size);
    let got = 0;
    while (got < size) {
      const n = asWriteError(() => readSync(this.open(), bytes, got, size - got, offset + got));
      if (n === 0) throw new Error(`result spill: the scratch file ended at ${offset + got} bytes, expected ${offset + size}`);
      got += n;
    }
    this.window = { start: offset, bytes };
    return bytes.subarray(0, length);
  }

  /** Closes the file (its space is freed with it). Reading after this is a bug. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    this.pending = [];
    this.window = null;
  }

  private flush(): void {
    asWriteError(() => this.writePending());
  }

  private writePending(): void {
    const fd = this.open();
    for (const bytes of this.pending) {
      let done = 0;
      while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done, this.written + done);
      this.written += bytes.byteLength;
    }
    this.pending = [];
    this.pendingBytes = 0;
  }

  private open(): number {
    if (this.fd === null) throw new Error('result spill: used after close');
    return this.fd;
  }
}
