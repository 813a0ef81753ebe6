import DataLoader from 'dataloader';

/** The most calls one gathering sends as one statement. */
const MOST_PER_GATHERING = 500;

/**
 * Calls made by the requests in flight, gathered into one statement per turn of the event loop:
 * on the Double 11 evening, thirty requests that each read one story and write one like make one
 * read and one write instead of thirty each. Every socket write to PostgreSQL wakes one of its
 * processes on the same cores; under load those writes were a third of the server's CPU.
 *
 * Nothing is kept between gatherings (unlike a request's loaders or RecentRows): a call's
 * statement goes after the call was made, so it sees every commit made before it, as a
 * statement of its own would. `run` gets the inputs in call order and answers one outcome per
 * input, in the same order (an Error for a call that failed alone).
 */
export function gatheredCalls<I, O>(run: (inputs: readonly I[]) => Promise<(O | Error)[]>): (input: I) => Promise<O> {
  const loader = new DataLoader<I, O>(run, { cache: false, maxBatchSize: MOST_PER_GATHERING, batchScheduleFn: (send) => setImmediate(send) });
  return (input) => loader.load(input);
}
