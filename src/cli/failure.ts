/**
 * Failures a user can act on, said in a line or two (exit 1) instead of a stack trace: a build
 * step whose process died, a full disk, a path errata may not write.
 */
import { fileSystemMessage, FileSystemFailure, StepFailed } from '../process/child-process.ts';

export function describeFailure(error: unknown): string | undefined {
  if (error instanceof StepFailed || error instanceof FileSystemFailure) return error.message;
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  // A folder that cannot be made where its parent exists: /proc, /sys and their like.
  if (code === 'ENOENT' && syscall === 'mkdir' && path)
    return `cannot make the folder ${path} there (${syscall}); give an --out on an ordinary disk.`;
  return fileSystemMessage(code, path, syscall ? `${syscall}` : 'a file operation');
}
