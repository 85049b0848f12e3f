import { watch, statSync, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface FolderWatch {
  /** Re-reads which folders exist: call after a rebuild, when folders may have come or gone. */
  sync(): void;
  close(): void;
}

/**
 * The folders patchpress reads, relative to the data and templates folders.
 * The loaders read exactly these, one level each, so watching each folder
 * (not a whole tree) sees every change that can alter a build and none that
 * cannot.
 */
export function watchedFolders(data: string, templates: string): string[] {
  return [data, `${data}/quotes`, templates, `${templates}/partials`, `${templates}/layouts`];
}

/**
 * Calls `onChange` when anything inside one of `folders` is created, changed,
 * renamed or removed. One non-recursive `fs.watch` per folder: on Linux that
 * is one inotify watch each, which also sees editors that save by writing a
 * new file and renaming it over the old. A folder that does not exist yet is
 * watched through its nearest existing parent, so creating it is noticed.
 */
export function watchFolders(folders: readonly string[], cwd: string, onChange: (folder: string) => void): FolderWatch {
  // path → its watcher and the folder's inode: a folder removed and made again is a new inode to watch.
  const watchers = new Map<string, { watcher: FSWatcher; inode: number }>();

  const sync = (): void => {
    const wanted = new Map<string, number>();
    for (const folder of folders) {
      const found = nearestExistingFolder(resolve(cwd, folder));
      if (found) wanted.set(found.path, found.inode);
    }
    for (const [path, { watcher, inode }] of watchers) {
      if (wanted.get(path) !== inode) {
        watcher.close();
        watchers.delete(path);
      }
    }
    for (const [path, inode] of wanted) {
      if (watchers.has(path)) continue;
      try {
        const watcher = watch(path, { persistent: false }, (_event, name) => {
          if (!isScratchFile(name)) onChange(path);
        });
        // The folder was removed or became unreadable: forget it and let the next sync look again.
        watcher.on('error', () => {
          watcher.close();
          if (watchers.get(path)?.watcher === watcher) watchers.delete(path);
          onChange(path);
        });
        watchers.set(path, { watcher, inode });
      } catch {
        // Gone between the check and the watch; the parent's watcher reports it.
      }
    }
  };

  sync();
  return {
    sync,
    close() {
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * Files editors keep beside the ones they edit (Vim's `.x.swp` and `4913`
 * probe, Emacs's `#x#` and `.#x`, `x~` backups): none is ever read by
 * patchpress, and Vim rewrites its swap file as you type.
 *
 * @example isScratchFile('.release.md.hbs.swp') === true
 * @example isScratchFile('release.md.hbs') === false
 */
export function isScratchFile(name: string | null): boolean {
  if (name === null) return false;
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name === '4913';
}

function nearestExistingFolder(path: string): { path: string; inode: number } | null {
  let current = path;
  for (;;) {
    const inode = folderInode(current);
    if (inode !== null) return { path: current, inode };
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function folderInode(path: string): number | null {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? stats.ino : null;
  } catch {
    return null;
  }
}
