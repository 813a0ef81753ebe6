import { closeLeftoversAfterAll } from './leftovers';

// Runs after each test file's own afterAll hooks: closes what a failed or timed-out test left.
closeLeftoversAfterAll();
