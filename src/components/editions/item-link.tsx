/** A recommendation in a list: its id, its title as a link, and its status badge. */
import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import type {ItemData} from '../../editions/pages';

/** A recommendation in a list. */
export default function ItemLink({item}: {item: ItemData}): ReactNode {
  return (
    <>
      <code>{item.id}</code> <Link to={item.to}>{item.title}</Link>{' '}
      <span className={`kb-badge kb-badge--${item.status}`}>{item.statusLabel}</span>
    </>
  );
}
