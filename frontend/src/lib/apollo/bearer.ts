import { freshAccessToken } from '../session/silentRefresh';

/** The token to send, renewed first when it is about to run out. */
export async function bearer(): Promise<string | undefined> {
  const token = await freshAccessToken();
  return token ? `Bearer ${token}` : undefined;
}
