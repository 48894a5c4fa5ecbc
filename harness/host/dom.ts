/**
 * Building the host page's DOM. Text always goes in as text (`textContent`), never as HTML:
 * fixture data is hostile on purpose.
 */

import { PAGE_HEADER } from '../pageHeader';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`host page: #${id} is missing from index.html`);
  return node as T;
}

export function replace(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', [PAGE_HEADER]: '1', ...init?.headers } });
  const body = (await res.json()) as T;
  if (!res.ok) throw new Error((body as { error?: string; description?: string }).description ?? (body as { error?: string }).error ?? `HTTP ${res.status}`);
  return body;
}
