import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's rules (with label-content-name-mismatch, which axe ships switched off as
 * experimental) on the page as it is now: every serious or critical violation.
 */
async function axeProblems(page) {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `axe ${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
  });
}

// A small accessibility pass for a page open in playwright-core:
// the checks axe would start with, plus the phone layout. Each returns a list of problems
// (empty when the page is fine), each naming the element so it can be found and fixed.

/** Images, names, labels and sideways scrolling, checked inside the page. */
async function staticProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const describe = (element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` “${text}”` : ''}`;
    };
    /** Rendered at all (a closed dialog's content, display: none and hidden do not count). */
    const rendered = (element) => {
      if (element.closest('[hidden], dialog:not([open]), [aria-hidden="true"], [inert]')) return false;
      return element.getClientRects().length > 0 || getComputedStyle(element).position === 'absolute';
    };
    const textOf = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const element = node;
      if (element.getAttribute('aria-hidden') === 'true') return '';
      if (element.hasAttribute('aria-label')) return element.getAttribute('aria-label');
      if (element.tagName === 'IMG') return element.getAttribute('alt') ?? '';
      if (element.tagName === 'svg' || element.tagName === 'SVG') return element.querySelector('title')?.textContent ?? '';
      return [...element.childNodes].map(textOf).join(' ');
    };
    /** The accessible name, as far as these checks need it. */
    const nameOf = (element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) {
        const text = labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        if (text) return text;
      }
      const label = element.getAttribute('aria-label');
      if (label?.trim()) return label.trim();
      if ('labels' in element && element.labels?.length) {
        const text = [...element.labels].map((l) => textOf(l)).join(' ').trim();
        if (text) return text;
      }
      if (['BUTTON', 'A', 'SUMMARY'].includes(element.tagName) || element.getAttribute('role') === 'button' || element.getAttribute('role') === 'tab') {
        const text = textOf(element).trim();
        if (text) return text;
      }
      return element.getAttribute('title')?.trim() ?? '';
    };

    for (const img of document.querySelectorAll('img')) {
      if (!img.hasAttribute('alt')) problems.push(`image without alt: ${describe(img)} src=${img.getAttribute('src')}`);
    }
    for (const element of document.querySelectorAll('[role="img"]')) {
      if (rendered(element) && !nameOf(element)) problems.push(`role=img without a name: ${describe(element)}`);
    }
    for (const element of document.querySelectorAll('a[href], button, summary, [role="button"], [role="tab"], [role="link"]')) {
      if (rendered(element) && !nameOf(element)) problems.push(`${element.tagName.toLowerCase()} without an accessible name: ${describe(element)}`);
    }
    for (const element of document.querySelectorAll('input, select, textarea')) {
      if (['hidden', 'submit', 'button', 'reset', 'image'].includes(element.type)) continue;
      if (!element.closest('dialog:not([open]), [hidden]') && !nameOf(element)) problems.push(`${element.tagName.toLowerCase()}[type=${element.type}] without a label: ${describe(element)}`);
    }
    for (const element of document.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')) {
      const ids = [element.getAttribute('aria-labelledby'), element.getAttribute('aria-describedby'), element.getAttribute('for')].filter(Boolean).join(' ');
      for (const id of ids.split(/\s+/)) if (!document.getElementById(id)) problems.push(`points at a missing id "${id}": ${describe(element)}`);
    }
    if (![...document.querySelectorAll('h1')].some(rendered)) problems.push('the page has no level-one heading');
    const seen = new Map();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    for (const [id, count] of seen) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
    const overflow = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
    if (overflow > 1) {
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && rendered(e));
      problems.push(`the page scrolls sideways by ${overflow}px (e.g. ${wide.slice(0, 3).map(describe).join(', ')})`);
    }
    return problems;
  });
}

/** Whether the focused element shows where focus is (an outline or ring on it, or on the label drawn for it). */
async function focusProblem(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const describe = (e) => `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}> “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    const shows = (e) => {
      const style = getComputedStyle(e);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow && style.boxShadow !== 'none';
      return outline || ring;
    };
    const box = element.getBoundingClientRect();
    // A visually hidden control (file input, native checkbox drawn elsewhere) shows focus on what stands for it.
    const stand = box.width <= 2 || box.height <= 2 ? [...(element.labels ?? []), element.previousElementSibling, element.nextElementSibling].filter(Boolean) : [];
    if (!shows(element) && !stand.some(shows)) return `no visible focus on ${describe(element)}`;
    // Focus must not land entirely under a sticky header or a fixed bar (WCAG 2.4.11): some of
    // the focused thing (its top, middle or bottom) must be what is on top there.
    const target = stand.length ? stand[0] : element;
    // A link that wraps has one box per line: test the first, not the union of them.
    const rect = [...target.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? target.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const ys = [rect.top + 3, rect.top + rect.height / 2, rect.bottom - 3].map((y) => Math.min(Math.max(y, 0), innerHeight - 1));
    const mine = (hit) => !!hit && (target.contains(hit) || hit.contains(target) || element.contains(hit) || (hit.tagName === 'LABEL' && hit.control === element));
    const hits = ys.map((y) => document.elementFromPoint(x, y));
    if (!hits.some(mine)) return `focused ${describe(element)} is covered by ${describe(hits.find(Boolean) ?? document.body)}`;
    return null;
  });
}

/**
 * Tabs through the page (up to `maxStops` stops) and reports every stop without a visible focus
 * indicator, plus stops that land on something not shown.
 */
async function keyboardProblems(page, maxStops = 60) {
  const problems = [];
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  const visited = new Set();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const path = [];
      for (let n = e; n && n !== document.body; n = n.parentElement) path.push(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      return path.join('/');
    });
    if (!key) break;
    if (visited.has(key)) break; // wrapped around
    visited.add(key);
    const problem = await focusProblem(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Everything above for the page as it is now; `keyboard: false` skips the (slower) tab walk. */
export async function auditPage(page, { keyboard = true } = {}) {
  const problems = [...(await staticProblems(page)), ...(await axeProblems(page))];
  if (keyboard) problems.push(...(await keyboardProblems(page)));
  return [...new Set(problems)];
}
