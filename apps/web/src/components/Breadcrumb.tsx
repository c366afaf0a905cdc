import { Link } from 'react-router';

/** "Percorso": links up to the current page, then the page itself. */
export function Breadcrumb({ links, current }: { links: [to: string, label: string][]; current: string }) {
  return (
    <nav aria-label="Percorso" className="breadcrumb-container">
      <ol className="breadcrumb">
        {links.map(([to, label]) => (
          <li key={to} className="breadcrumb-item">
            <Link to={to}>{label}</Link>
            <span className="separator">/</span>
          </li>
        ))}
        <li className="breadcrumb-item active" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
