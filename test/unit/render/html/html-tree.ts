/**
 * Reading rendered reports as trees (parse5, the HTML standard's parser), so tests assert on what a
 * browser would build, never on substrings.
 */
import { type DefaultTreeAdapterTypes, parse, parseFragment } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export function parseDocument(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

export function parseHtmlFragment(html: string): DefaultTreeAdapterTypes.DocumentFragment {
  return parseFragment(html);
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  const children: Node[] = 'childNodes' in node ? [...(node as ParentNode).childNodes] : [];
  // <template> keeps its children in `content`.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    children.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  }
  return children;
}

/** Every element under `root`, document order. */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (isElement(node)) found.push(node);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(root);
  return found;
}

export function byTag(root: Node, tagName: string): Element[] {
  return allElements(root).filter((element) => element.tagName === tagName);
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function classes(element: Element): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

export function byClass(root: Node, className: string): Element[] {
  return allElements(root).filter((element) => classes(element).includes(className));
}

export function byId(root: Node, id: string): Element | undefined {
  return allElements(root).find((element) => attr(element, 'id') === id);
}

/** The text content, as a browser's `textContent` would give it. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return childrenOf(node).map(textOf).join('');
}

/** Text nodes with their parent element. */
export function textNodes(root: Node): Array<{ value: string; parent: Element | null }> {
  const found: Array<{ value: string; parent: Element | null }> = [];
  const visit = (node: Node, parent: Element | null) => {
    if (node.nodeName === '#text')
      found.push({ value: (node as DefaultTreeAdapterTypes.TextNode).value, parent });
    const next = isElement(node) ? node : parent;
    for (const child of childrenOf(node)) visit(child, next);
  };
  visit(root, null);
  return found;
}

/** The chain of ancestors of `target` (nearest first), or null when it is not under `root`. */
export function ancestorsOf(root: Node, target: Node): Element[] | null {
  const path: Element[] = [];
  const visit = (node: Node): boolean => {
    if (node === target) return true;
    for (const child of childrenOf(node)) {
      if (visit(child)) {
        if (isElement(node)) path.push(node);
        return true;
      }
    }
    return false;
  };
  return visit(root) ? path : null;
}

/** Section classes of the first result, in document order (`header` for the report header). */
export function sectionsOf(root: Node): string[] {
  const [article] = byTag(root, 'article').filter((element) => classes(element).includes('result'));
  if (!article) return [];
  return allElements(article)
    .filter((element) => element.tagName === 'header' || classes(element).includes('section'))
    .filter((element) => element.tagName === 'header' || element.tagName === 'section')
    .map((element) => (element.tagName === 'header' ? 'header' : (classes(element)[1] ?? '')));
}
