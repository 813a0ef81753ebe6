import { closeLeftovers } from './leftovers';

// Runs after each test file's own afterAll hooks: closes what a failed or timed-out test left.
afterAll(() => closeLeftovers(), 120_000);
