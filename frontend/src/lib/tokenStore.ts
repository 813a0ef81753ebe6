// The access token lives in localStorage so a signed-in person stays signed in
// across tabs and reloads. Access is wrapped because storage can throw (private
// browsing, disabled storage) and a broken storage must not break the app.
const TOKEN_KEY = 'ugc.accessToken';

type TokenListener = (token: string | null) => void;
const listeners = new Set<TokenListener>();

function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY, token);
    else window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing better to do: the session then only lasts for this page.
  }
  listeners.forEach((listener) => listener(token));
}

// Another tab signed in, out, or renewed the token: this tab follows (its socket reconnects
// with the new token, its renewal timer moves).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === TOKEN_KEY) listeners.forEach((listener) => listener(event.newValue));
  });
}

export const tokenStore = {
  get: readToken,
  set: (token: string) => writeToken(token),
  clear: () => writeToken(null),
  subscribe(listener: TokenListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
