/** What the threads of `loadContentIndexParallel` share: the index of the next file to take, and each worker's state. */
export interface ParseShare {
  readonly next: Int32Array;
  readonly states: Int32Array;
}

/** A worker's state in {@link ParseShare.states}. */
export const workerState = {waiting: 0, working: 1, cancelled: 2} as const;
