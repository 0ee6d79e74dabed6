/**
 * Content from the model (answers, AI text, names, file names) as text, isolated for bidi.
 *
 * JSX escapes it; `<bdi>` / `dir="auto"` isolate it, so a right-to-left override (U+202E) or an
 * Arabic name cannot reorder the labels around it. Every piece of model text goes through here.
 */
import type { ComponentChildren } from 'preact';

/** Inline model text: a `<bdi>`, which the browser isolates with its own direction. */
export function Text({ value }: { value: string }) {
  return <bdi>{value}</bdi>;
}

/**
 * Multi-paragraph model text: blank lines start a paragraph, single newlines are kept by CSS
 * (`white-space: pre-line` on `.prose`).
 */
export function Prose({ value, className }: { value: string; className?: string }) {
  const paragraphs = value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return (
    <div class={className ? `prose ${className}` : 'prose'}>
      {paragraphs.map((paragraph) => (
        <p dir="auto">
          <bdi>{paragraph}</bdi>
        </p>
      ))}
    </div>
  );
}

/** A label: value pair of a definition list. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
