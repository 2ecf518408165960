// The page's one live-stream connection. Every time it opens (first, or after the browser
// reconnected by itself with Last-Event-ID, or after this module reopened a refused stream) the
// page reloads its snapshot while the stream's events wait in a buffer, then folds the buffer on
// top: nothing falls into the gap between the snapshot and the stream, and the store's keys
// make what both carried count once.

const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30000;

/**
 * Opens url and keeps it open. names: the events to listen to; onEvent(name, data) gets each,
 * in order, never while a load runs; load() (a promise: the snapshot) runs on every open and
 * answers false when it failed (the stream then reopens); onState(state, text) tells how it goes;
 * beforeReopen() (a promise) may refuse to reopen (access gone) by answering false.
 */
export function connectStream({ url, names, onEvent, load, onState, beforeReopen }) {
  let source = null;
  let buffer = null;
  let delay = RECONNECT_MIN_MS;
  let timer = null;
  let generation = 0;

  const deliver = (name, data) => (buffer ? buffer.push([name, data]) : onEvent(name, data));

  let loads = 0;
  let failed = false;

  async function reload(current) {
    if (!buffer) buffer = [];
    loads++;
    let loaded = false;
    try {
      loaded = (await load()) !== false;
    } catch (error) {
      console.warn("snapshot failed", error);
    }
    loads--;
    failed = failed || !loaded;
    if (loads > 0) return; // another load runs: it folds the buffer when it ends
    const held = buffer;
    buffer = null;
    const reopen = failed;
    failed = false;
    for (const [name, data] of held) onEvent(name, data);
    if (reopen) reopenLater(current);
  }

  function open() {
    const current = ++generation;
    onState("connecting", "Connecting…");
    source = new EventSource(url(), { withCredentials: true });
    source.addEventListener("open", () => {
      if (current !== generation) return;
      delay = RECONNECT_MIN_MS;
      onState("live", "Live");
      reload(current);
    });
    for (const name of names) {
      source.addEventListener(name, (event) => {
        if (current !== generation) return;
        let data;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        deliver(name, data);
      });
    }
    source.addEventListener("error", () => {
      if (current !== generation) return;
      if (source.readyState === EventSource.CLOSED) reopenLater(current);
      else onState("connecting", "Reconnecting…");
    });
  }

  function reopenLater(current) {
    if (current !== generation) return;
    source?.close();
    const wait = delay;
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    onState("down", `Offline · retrying in ${Math.round(wait / 1000)} s`);
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (current !== generation) return;
      const allowed = beforeReopen ? await beforeReopen().catch(() => true) : true;
      if (current !== generation) return;
      if (allowed === false) {
        close();
        return;
      }
      open();
    }, wait);
  }

  function close() {
    generation++;
    clearTimeout(timer);
    source?.close();
    source = null;
  }

  open();
  return {
    close,
    /** Runs another load (control opened another team) with the stream's events held meanwhile. */
    reload: () => reload(generation),
  };
}
