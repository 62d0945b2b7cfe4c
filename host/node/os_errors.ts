// Node's fs errors turned into HostOSError with POSIX errno numbers and CPython's strerror texts.
//
// CPython's OSError messages ("[Errno 2] No such file or directory: 'x'") use the C library's
// strerror(); these are glibc's texts, which is what CPython prints on Linux. The numbers come from
// the running platform (os.constants.errno), so they are right on macOS too.

import { constants } from 'node:os';
import { HostOSError } from '../../vm/host.js';

const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EINTR: 'Interrupted system call',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long',
  ENOEXEC: 'Exec format error',
  EBADF: 'Bad file descriptor',
  ECHILD: 'No child processes',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EFAULT: 'Bad address',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files',
  ENOTTY: 'Inappropriate ioctl for device',
  ETXTBSY: 'Text file busy',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  ESPIPE: 'Illegal seek',
  EROFS: 'Read-only file system',
  EMLINK: 'Too many links',
  EPIPE: 'Broken pipe',
  EDEADLK: 'Resource deadlock avoided',
  ENAMETOOLONG: 'File name too long',
  ENOLCK: 'No locks available',
  ENOSYS: 'Function not implemented',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EOVERFLOW: 'Value too large for defined data type',
  ENOTSUP: 'Operation not supported',
  EOPNOTSUPP: 'Operation not supported',
  ETIMEDOUT: 'Connection timed out',
  ECONNREFUSED: 'Connection refused',
  ECONNRESET: 'Connection reset by peer',
  EADDRINUSE: 'Address already in use',
  EDQUOT: 'Disk quota exceeded',
  ESTALE: 'Stale file handle',
  ECANCELED: 'Operation canceled',
};

const ERRNO = constants.errno as Record<string, number | undefined>;

/** A HostOSError for an errno code name such as 'ENOENT'. */
export function hostOSError(code: string, filename: string | null = null): HostOSError {
  const errno = ERRNO[code];
  if (errno === undefined) throw new Error(`unknown errno code ${code}`);
  return new HostOSError(errno, STRERROR[code] ?? `Unknown error ${errno}`, filename);
}

/**
 * The HostOSError for an error thrown by a Node fs call, or the error itself if it is not an OS error
 * (a bug, not something Python code should see as OSError).
 */
export function fromNodeError(error: unknown, filename: string | null = null): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return error;
  const errno = ERRNO[code] ?? -((error as NodeJS.ErrnoException).errno ?? 0);
  if (errno <= 0) return error;
  return new HostOSError(errno, STRERROR[code] ?? `Unknown error ${errno}`, filename);
}

/** The Node error code of a thrown fs error ('ENOENT', ...), or null. */
export function nodeErrorCode(error: unknown): string | null {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : null;
}
