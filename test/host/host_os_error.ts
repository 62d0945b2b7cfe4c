// The HostOSError a host method throws, for the NodeHost tests that check errno, strerror and
// filename. Not a test file itself.

import { HostOSError } from '../../vm/host.js';

/** Runs `f` and returns the HostOSError it throws; anything else thrown, or nothing, fails the test. */
export function hostOSError(f: () => unknown): HostOSError {
  try {
    f();
  } catch (e) {
    if (e instanceof HostOSError) return e;
    throw e;
  }
  throw new Error('expected a HostOSError');
}
