// The API as the browser walks reach it outside a page: a GraphQL call that must succeed.
import assert from 'node:assert/strict';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Sends one operation (as `token`'s person, if given) and returns its data; any error fails the step. */
export async function gql(query, variables, token) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}
