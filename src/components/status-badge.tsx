/** A status badge, styled like the one the remark plugin puts on item pages. */
import type {ReactNode} from 'react';

/** A status as a badge; `label` is the status in the page's language. */
export function StatusBadge({status, label}: {status: string; label: string}): ReactNode {
  return <span className={`kb-badge kb-badge--${status}`}>{label}</span>;
}
