// Knowing when a page listens live, for the walks that act in one browser and watch another.

/**
 * Resolves once `page` has an open subscription socket that the server accepted
 * (`connection_ack`) and that has sent a `subscribe` for each of `operationNames`; rejects after
 * `timeout`. Call it before the navigation that makes the socket (graphql-ws opens one per page
 * load). graphql-ws answers nothing when a subscription starts, so this is the last signal the
 * browser can see; the server registers the subscription as it reads that message, well before
 * another person's action can reach it.
 */
export function whenSubscribed(page, operationNames, { timeout = 15_000 } = {}) {
  const wanted = [...operationNames];
  const subscribed = new Promise((resolve, reject) => {
    const seen = [];
    const finish = (error) => {
      clearTimeout(timer);
      page.off('websocket', onSocket);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => finish(new Error(`the page did not subscribe to ${wanted.join(', ')} within ${timeout / 1000} s (sent: ${seen.join(', ') || 'nothing'})`)),
      timeout,
    );
    const onSocket = (socket) => {
      if (!socket.url().endsWith('/graphql')) return;
      let accepted = false;
      const sent = new Set();
      const check = () => {
        if (accepted && !socket.isClosed() && wanted.every((name) => sent.has(name))) finish();
      };
      socket.on('framereceived', ({ payload }) => {
        if (message(payload)?.type === 'connection_ack') accepted = true;
        check();
      });
      socket.on('framesent', ({ payload }) => {
        const sentMessage = message(payload);
        if (sentMessage?.type !== 'subscribe') return;
        const name = sentMessage.payload?.operationName;
        if (name) {
          sent.add(name);
          seen.push(name);
        }
        check();
      });
    };
    page.on('websocket', onSocket);
  });
  // Awaited later: a step that fails before then must not also leave an unhandled rejection.
  subscribed.catch(() => undefined);
  return subscribed;
}

function message(payload) {
  if (typeof payload !== 'string') return null;
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}
