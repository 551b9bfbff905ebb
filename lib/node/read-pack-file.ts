import { readFile, stat } from 'node:fs/promises';
import { MAX_PACK_BYTES, PackError, readPack } from '../index/pack';
import type { Segment } from '../index/segments';
import type { PackMeta } from '../index/pack';

/**
 * Reads a pack file as a segment ('pack:<checksum>'). Throws `PackError`
 * with one sentence saying why where the file is missing, unreadable, too
 * large (checked before it is read) or not a sound pack.
 */
export async function readPackFile(file: string): Promise<Segment & { meta: PackMeta }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new PackError('This is a folder, not a pack file.');
    if (info.size > MAX_PACK_BYTES) throw new PackError(`This file is larger than the ${MAX_PACK_BYTES} bytes a pack may hold.`);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof PackError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new PackError(
      code === 'ENOENT'
        ? 'There is no such file.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'This file cannot be read (permission denied).'
          : 'This file cannot be read.',
    );
  }
  const { meta, index } = readPack(bytes);
  return { id: `pack:${meta.checksum}`, origin: 'pack', index, meta };
}
