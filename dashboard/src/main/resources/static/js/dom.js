// Small DOM helpers. Every value from the server goes in as text (textContent), never as HTML.

/** document.getElementById, shorter. */
export const byId = (id) => document.getElementById(id);

/**
 * Makes an element: h("li", {className: "card", dataset: {alertId}, attrs: {"aria-label": ..},
 * on: {click: fn}}, "text", childNode...). Strings and numbers become text nodes; null is skipped.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (name === "dataset") Object.assign(node.dataset, clean(value));
    else if (name === "attrs") {
      for (const [attr, v] of Object.entries(value)) if (v !== undefined && v !== null && v !== false) node.setAttribute(attr, v === true ? "" : String(v));
    } else if (name === "on") {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name === "text") node.textContent = String(value);
    else node[name] = value;
  }
  append(node, children);
  return node;
}

function clean(dataset) {
  const out = {};
  for (const [k, v] of Object.entries(dataset)) if (v !== undefined && v !== null) out[k] = String(v);
  return out;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * Keeps a container's children in step with a list, reusing each item's element by its key so
 * that focus, open details and form input survive a re-render: render(item) makes an element,
 * update(element, item) fills it, when made and on every later call (optional). At most `limit`
 * items are shown.
 */
export function keyed(container, items, key, render, update, limit = 500) {
  const old = new Map();
  for (const child of [...container.children]) {
    if (child.dataset.key !== undefined) old.set(child.dataset.key, child);
    else child.remove(); // a placeholder ("nothing yet")
  }
  const wanted = [];
  const seen = new Set();
  for (const item of items.slice(0, limit)) {
    const k = String(key(item));
    let node = old.get(k);
    if (node && seen.has(k)) node = null;
    seen.add(k);
    if (node) {
      old.delete(k);
      if (update) update(node, item);
    } else {
      node = render(item);
      node.dataset.key = k;
      if (update) update(node, item);
    }
    wanted.push(node);
  }
  for (const stale of old.values()) stale.remove();
  let cursor = container.firstElementChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextElementSibling;
    else container.insertBefore(node, cursor);
  }
}

/** An option element. */
export const option = (value, label = value, selected = false) => new Option(label, value, selected, selected);

/** Says something to screen readers through the page's polite live region. */
export function announce(text) {
  const region = byId("news");
  if (!region) return;
  region.textContent = "";
  // a fresh text node after a tick makes screen readers read it even when it repeats
  setTimeout(() => (region.textContent = text), 50);
}

/** Whether the person asked for less motion. */
export const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
