import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Files of one folder to watch: those whose name `accept` takes. */
export interface WatchTarget {
  dir: string;
  accept: (name: string) => boolean;
}

/** One file, watched through its folder. */
export function fileTarget(path: string): WatchTarget {
  const name = basename(path);
  return { dir: dirname(resolve(path)), accept: (n) => n === name };
}

/** Every file of a folder with one of the extensions (editors' swap and backup files have others). */
export function folderTarget(dir: string, extensions: readonly string[]): WatchTarget {
  return { dir: resolve(dir), accept: (n) => !n.startsWith('.') && extensions.some((e) => n.endsWith(e)) };
}

export interface Watcher {
  close(): void;
}

/**
 * Call `onChange` once per burst of changes (the paths that changed) to the targets.
 * Node's fs.watch is enough here because it watches the folders, not the files: editors
 * save by writing a new file and renaming it over the old one, which a watch on the file
 * itself stops seeing, while the folder reports the rename under the file's name.
 */
export function watchTargets(targets: readonly WatchTarget[], onChange: (changed: string[]) => void, onError: (e: Error) => void, delayMs = 60): Watcher {
  const byDir = new Map<string, WatchTarget['accept'][]>();
  for (const t of targets) byDir.set(t.dir, [...(byDir.get(t.dir) ?? []), t.accept]);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const changed = [...pending];
    pending.clear();
    onChange(changed);
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, accepts] of byDir) {
    const w = watch(dir, (_event, name) => {
      // Some platforms do not say which file changed: then any change counts.
      if (name !== null && !accepts.some((accept) => accept(name))) return;
      pending.add(name === null ? dir : join(dir, name));
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    });
    w.on('error', onError);
    watchers.push(w);
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
