/**
 * Small fixed icons (our own markup, never content): decorative, hidden from assistive technology.
 * Each is drawn on a 16×16 grid with `currentColor`, so CSS decides the colour.
 */

function Icon({ path, className }: { path: string; className: string }) {
  return (
    <svg
      class={`icon ${className}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export const CheckIcon = () => <Icon className="icon-check" path="M3 8.5 6.5 12 13 4.5" />;
export const CrossIcon = () => <Icon className="icon-cross" path="M4 4l8 8M12 4l-8 8" />;
export const DashIcon = () => <Icon className="icon-dash" path="M4 8h8" />;
export const WarningIcon = () => <Icon className="icon-warning" path="M8 2 15 14H1Z M8 6.5v3.5 M8 12.2v.1" />;
export const PlayIcon = () => <Icon className="icon-play" path="M5 3.5v9l7-4.5Z" />;
export const QuoteIcon = () => (
  <svg
    class="icon icon-quote"
    viewBox="0 0 32 24"
    width="28"
    height="21"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d="M0 24V14C0 6 4 1.5 12 0l1.5 3C9 4.5 7 7.5 7 11h6v13Zm18 0V14c0-8 4-12.5 12-14l1.5 3C27 4.5 25 7.5 25 11h6v13Z"
      fill="currentColor"
    />
  </svg>
);
