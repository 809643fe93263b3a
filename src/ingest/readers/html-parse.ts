import { createRequire } from 'node:module';
import type { HTMLElement, Node, Options } from 'node-html-parser';

// node-html-parser's tokenizer (base_parse) is linear, but its parse() then repairs the elements
// left unclosed by moving each one's children up, one node at a time, out of arrays it refilters
// on every step: the children pile up and are moved again at every level, which grows with the
// cube of the number of unclosed elements (4,000 unclosed <div>s took 7.6 s, 8,000 took 61 s).
// parseHtml runs the same tokenizer and the same repair, but carries the moved children along as
// a list of chunks and files them once where they end up: the same tree, in linear time.
const require = createRequire(import.meta.url);
const { base_parse } = require('node-html-parser/dist/nodes/html.js') as {
  base_parse(data: string, options?: Partial<Options>): HTMLElement[];
};

/** The tree node-html-parser's parse(html, options) returns, built in time linear in the input. */
export function parseHtml(html: string, options: Partial<Options>): HTMLElement {
  const stack = base_parse(html, options);
  const [root] = stack;
  if (options.parseNoneClosedTags === true) return root; // parse() repairs nothing then
  // Children on their way to the element on top of the stack, in reverse order of chunks: each
  // step prepends the popped element's own children, so pushing onto the end keeps that O(1).
  let carry: Node[][] = [];
  const deliver = (target: HTMLElement) => {
    for (let c = carry.length - 1; c >= 0; c--) {
      for (const child of carry[c]) {
        child.parentNode = target;
        target.childNodes.push(child);
      }
    }
    carry = [];
  };
  while (stack.length > 1) {
    const last = stack.pop()!;
    const oneBefore = stack[stack.length - 1];
    const kids = oneBefore.childNodes;
    // What parse() relies on without saying: an unclosed element is the last child of the one
    // below it on the stack. Should that not hold, the children are filed at once, as parse() does.
    const chained = last.parentNode === oneBefore && kids[kids.length - 1] === last;
    if (!(last.parentNode && last.parentNode.parentNode)) {
      deliver(last); // "If it's final element just skip": it keeps what it holds
      continue;
    }
    if (!chained) {
      deliver(last);
      repairSlowly(stack, last, oneBefore, options);
      continue;
    }
    kids.pop(); // oneBefore.removeChild(last)
    carry.push(last.childNodes);
    if (last.tagName === oneBefore.tagName) {
      // "<h3><h3>": the children go to oneBefore's parent, the next element on the stack.
      stack.pop();
      if (stack.length <= 1 || stack[stack.length - 1] !== oneBefore.parentNode) deliver(oneBefore.parentNode as HTMLElement);
    } else if (stack.length <= 1) {
      deliver(oneBefore);
    }
    // Otherwise the children go to oneBefore, which the next round pops as `last`.
  }
  if (carry.length) deliver(root);
  return root;
}

/** parse()'s own repair step, for a stack whose shape the fast path does not recognize. */
function repairSlowly(stack: HTMLElement[], last: HTMLElement, oneBefore: HTMLElement, options: Partial<Options>): void {
  if (options.parseNoneClosedTags === true) return;
  if (last.parentNode === oneBefore && last.tagName === oneBefore.tagName) {
    oneBefore.removeChild(last);
    last.childNodes.forEach((child) => oneBefore.parentNode.appendChild(child));
    stack.pop();
  } else {
    oneBefore.removeChild(last);
    last.childNodes.forEach((child) => oneBefore.appendChild(child));
  }
}

/** The deepest nesting of elements under `root`, counted without recursion. */
export function nestingDepth(root: HTMLElement): number {
  let max = 0;
  const todo: [Node, number][] = [[root, 0]];
  while (todo.length) {
    const [node, depth] = todo.pop()!;
    if (depth > max) max = depth;
    for (const child of node.childNodes) if (child.nodeType === 1) todo.push([child, depth + 1]);
  }
  return max;
}
