import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One generated file, its path relative to the output folder with `/` separators. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** A file of this run's output, as the manifest records it. */
export interface FileRecord {
  /** Relative to out/, with `/` separators. */
  path: string;
  sha256: string;
  /** false when the previous out/ already held these bytes and that file was kept. */
  written: boolean;
}

/**
 * Where a run's files go as they are produced, so no stage holds the whole
 * output: into the staging folder (`StagingSink`), or into memory when
 * nothing is to be written (`MemorySink`, for `check` and the preview).
 *
 * A path given twice is not written twice: the first stays, and `collisions`
 * counts the others. Two releases on one path is a mistake the build reports
 * itself, naming the forces (render/outputPaths.ts).
 */
export interface OutputSink {
  put(path: string, content: string | Uint8Array): FileRecord;
  /** A large file given in pieces (the manifest of 50,000 regions), never joined into one string. */
  putPieces(path: string, pieces: Iterable<string>): FileRecord;
  /** A second copy of a file already put (a newsroom bundle's copy of a release), without its content passing through. */
  copy(from: FileRecord, to: string): FileRecord;
  /** The content of a file already put. */
  read(path: string): Uint8Array;
  readonly collisions: number;
}

/** A file system failure while writing (no space, no permission); the run stops and out/ is left as it was. */
export class WriteError extends Error {
  constructor(readonly code: string) {
    super(`could not write the output (${code})`);
  }
}

/** Runs a file system call, its failure (an error with an errno code) becoming a WriteError; any other error is a bug and passes through. */
export function asWriteError<T>(io: () => T): T {
  try {
    return io();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === undefined) throw cause;
    throw new WriteError(code);
  }
}

export function sha256Of(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Keeps every file in memory, in the order given. */
export class MemorySink implements OutputSink {
  readonly files: OutputFile[] = [];
  private readonly byPath = new Map<string, OutputFile>();
  collisions = 0;

  put(path: string, content: string | Uint8Array): FileRecord {
    const sha256 = sha256Of(content);
    if (this.byPath.has(path)) {
      this.collisions += 1;
      return { path, sha256, written: false };
    }
    const file = { path, content };
    this.byPath.set(path, file);
    this.files.push(file);
    return { path, sha256, written: true };
  }

  putPieces(path: string, pieces: Iterable<string>): FileRecord {
    return this.put(path, [...pieces].join(''));
  }

  copy(from: FileRecord, to: string): FileRecord {
    return this.put(to, this.byPath.get(from.path)?.content ?? '');
  }

  read(path: string): Uint8Array {
    const content = this.byPath.get(path)?.content ?? '';
    return typeof content === 'string' ? Buffer.from(content) : content;
  }

  /** A file's content as it was put, text or bytes; undefined when no file has the path. */
  contentOf(path: string): OutputFile['content'] | undefined {
    return this.byPath.get(path)?.content;
  }
}

/** What a run may reuse from the output folder it is about to replace. */
export interface PreviousFiles {
  /** The previous out/. */
  dir: string;
  /** The sha256 the previous manifest gives for a file, if it lists it. */
  sha256(path: string): string | undefined;
  /**
   * The previous manifest's modification time. Every file of that build was
   * written before it, so a file modified later was edited by someone since
   * and is not reused.
   */
  notAfterMs: number;
}

/**
 * Writes each file into the staging folder as soon as it is produced. A file
 * whose bytes the previous out/ already holds is hard-linked from there
 * instead of written: no bytes are rewritten, its modification time stays,
 * and out/ is still swapped in whole. Writes are synchronous on purpose:
 * small files one after another are faster that way than through the thread
 * pool, and a worker thread has nothing else to do meanwhile.
 */
export class StagingSink implements OutputSink {
  /** The folder made last: a region's files share one, so most files need no mkdir. */
  private lastDir = '';
  collisions = 0;

  constructor(
    readonly root: string,
    private readonly previous: PreviousFiles | null,
  ) {}

  put(path: string, content: string | Uint8Array): FileRecord {
    const sha256 = sha256Of(content);
    if (this.previous?.sha256(path) === sha256 && this.reusable(path)) {
      const kept = this.linkPrevious(path);
      if (kept) return { path, sha256, written: !kept.linked };
    }
    const target = this.prepare(path);
    try {
      // 'wx': never through a file already there, which may be a link to the previous out/.
      writeFileSync(target, content, { flag: 'wx' });
    } catch (cause) {
      return this.failed(cause, path, sha256);
    }
    return { path, sha256, written: true };
  }

  putPieces(path: string, pieces: Iterable<string>): FileRecord {
    const target = this.prepare(path);
    const hash = createHash('sha256');
    let fd: number;
    try {
      fd = openSync(target, 'wx');
    } catch (cause) {
      return this.failed(cause, path, '');
    }
    try {
      let pending: string[] = [];
      let length = 0;
      const flush = (): void => {
        const chunk = Buffer.from(pending.join(''));
        hash.update(chunk);
        for (let offset = 0; offset < chunk.length; ) offset += writeSync(fd, chunk, offset);
        pending = [];
        length = 0;
      };
      for (const piece of pieces) {
        pending.push(piece);
        length += piece.length;
        if (length >= 1 << 20) flush();
      }
      flush();
    } catch (cause) {
      throw new WriteError((cause as NodeJS.ErrnoException).code ?? String(cause));
    } finally {
      closeSync(fd);
    }
    const sha256 = hash.digest('hex');
    if (this.previous?.sha256(path) === sha256 && this.reusable(path)) {
      // The same bytes as last time: keep the previous file (and its time) instead.
      unlinkSync(target);
      const kept = this.linkPrevious(path);
      if (kept) return { path, sha256, written: !kept.linked };
      writeFileSync(target, this.read(path), { flag: 'wx' });
    }
    return { path, sha256, written: true };
  }

  copy(from: FileRecord, to: string): FileRecord {
    const target = this.prepare(to);
    try {
      linkSync(join(this.root, from.path), target);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return this.failed(cause, to, from.sha256);
      return this.put(to, this.read(from.path));
    }
    // The same inode as the original, so kept when the original was: what the previous build wrote.
    return { path: to, sha256: from.sha256, written: from.written };
  }

  read(path: string): Uint8Array {
    return readFileSync(join(this.root, path));
  }

  /** Whether `keep` can reuse the previous build's file at this path. */
  canKeep(path: string): boolean {
    return this.previous?.sha256(path) !== undefined && this.reusable(path) !== null;
  }

  /** Keeps the previous build's file without its content (check `canKeep` first). */
  keep(path: string): FileRecord {
    const sha256 = this.previous?.sha256(path);
    const kept = sha256 === undefined ? null : this.linkPrevious(path);
    if (sha256 === undefined || !kept) throw new WriteError(`ENOENT: ${path} is gone from the previous output`);
    return { path, sha256, written: !kept.linked };
  }

  /** The previous file's modification time when it may be reused. */
  private reusable(path: string): Date | null {
    const previous = this.previous;
    if (!previous || !this.realFolders(path)) return null;
    try {
      const stat = lstatSync(join(previous.dir, path));
      // A symlink or folder is not ours to reuse; a file edited since the last build is not what the manifest says.
      return stat.isFile() && stat.mtimeMs <= previous.notAfterMs ? stat.mtime : null;
    } catch {
      return null;
    }
  }

  /** Folders of the previous out/ known to be real folders, not links (null: not checked yet). */
  private readonly checkedFolders = new Map<string, boolean>();

  /** Whether every folder on the path inside the previous out/ is a real folder: a link there leads outside it. */
  private realFolders(path: string): boolean {
    let folder = this.previous!.dir;
    for (const part of path.split('/').slice(0, -1)) {
      folder = join(folder, part);
      let real = this.checkedFolders.get(folder);
      if (real === undefined) {
        try {
          real = lstatSync(folder).isDirectory();
        } catch {
          real = false;
        }
        this.checkedFolders.set(folder, real);
      }
      if (!real) return false;
    }
    return true;
  }

  /** Hard-links the previous file into place (copies it, keeping its time, where links are not possible). */
  private linkPrevious(path: string): { linked: boolean } | null {
    const mtime = this.reusable(path);
    if (!this.previous || !mtime) return null;
    const source = join(this.previous.dir, path);
    const target = this.prepare(path);
    try {
      linkSync(source, target);
      return { linked: true };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return null;
      // A file system without hard links: copy, keeping the modification time.
      try {
        copyFileSync(source, target, constants.COPYFILE_EXCL);
        utimesSync(target, mtime, mtime);
        return { linked: true };
      } catch (copyCause) {
        throw new WriteError((copyCause as NodeJS.ErrnoException).code ?? String(copyCause));
      }
    }
  }

  private prepare(path: string): string {
    const target = join(this.root, path);
    const dir = dirname(target);
    if (dir !== this.lastDir) {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (cause) {
        throw new WriteError((cause as NodeJS.ErrnoException).code ?? String(cause));
      }
      this.lastDir = dir;
    }
    return target;
  }

  private failed(cause: unknown, path: string, sha256: string): FileRecord {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') throw new WriteError(code ?? String(cause));
    this.collisions += 1;
    return { path, sha256, written: false };
  }
}
