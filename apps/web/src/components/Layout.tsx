import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../lib/auth';
import { useLive } from '../lib/live';
import { formatNumber } from '../lib/format';
import { Icon } from './ui';
import { OPEN_FLAGS_DESCRIPTION, OpenFlagsBadge } from './OpenFlagsBadge';

const NAV: { to: string; label: string; when?: 'moderator' | 'admin' | 'member' }[] = [
  { to: '/', label: 'Home' },
  { to: '/discussioni', label: 'Forum' },
  { to: '/pratiche', label: 'Buone pratiche' },
  { to: '/gemellaggi', label: 'Gemellaggi' },
  { to: '/fabbisogni', label: 'Fabbisogni' },
  { to: '/mappa', label: 'Mappa' },
  { to: '/avvisi', label: 'Avvisi' },
  { to: '/incontri', label: 'Incontri' },
  { to: '/membri', label: 'Membri' },
  { to: '/ricerca', label: 'Ricerca' },
  { to: '/moderazione', label: 'Moderazione', when: 'moderator' },
  { to: '/gestione', label: 'Gestione', when: 'admin' },
];

function Bell() {
  const { unread, latest } = useLive();
  const label = unread === 0 ? 'Notifiche: nessuna da leggere' : `Notifiche: ${formatNumber(unread)} da leggere`;
  return (
    <Link to="/notifiche" className="hub-bell" aria-label={label} title={label} data-testid="bell">
      <Icon name="it-mail" className="icon-white" />
      {unread > 0 && (
        <span className="badge bg-danger hub-bell-count" aria-hidden="true" data-testid="bell-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {latest ? `Nuova notifica: ${latest.text}` : ''}
      </span>
    </Link>
  );
}

function HeaderSearch() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/ricerca?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" onSubmit={submit} className="hub-header-search">
      <label htmlFor="header-search" className="visually-hidden">
        Cerca nel sito
      </label>
      <input id="header-search" type="search" placeholder="Cerca discussioni, pratiche, membri" value={q} onChange={(e) => setQ(e.target.value)} />
      <button type="submit" className="btn btn-icon" aria-label="Cerca">
        <Icon name="it-search" className="icon-white" />
      </button>
    </form>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { viewer, isModerator, isAdmin, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => setOpen(false), [location.pathname]);

  const items = NAV.filter((i) => !i.when || (i.when === 'moderator' ? isModerator : i.when === 'admin' ? isAdmin : Boolean(viewer)));

  return (
    <>
      <a className="visually-hidden-focusable hub-skip" href="#main">
        Vai al contenuto principale
      </a>
      <header className="it-header-wrapper hub-header">
        <div className="it-header-slim-wrapper">
          <div className="container">
            <div className="d-flex justify-content-between align-items-center flex-wrap gap-2 py-1">
              <span className="it-header-slim-wrapper-content small text-white">Programma POAT SI · Regioni Convergenza</span>
              <div className="d-flex align-items-center gap-3">
                {viewer ? (
                  <>
                    <Link to="/profilo" className="text-white small" data-testid="viewer-name">
                      <Icon name="it-user" className="icon-white icon-sm me-1" />
                      {viewer.displayName}
                    </Link>
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-light py-0"
                      onClick={async () => {
                        await signOut();
                        navigate('/accesso');
                      }}
                    >
                      Esci
                    </button>
                  </>
                ) : (
                  <>
                    <Link to="/accesso" className="btn btn-sm btn-light py-0">
                      Accedi
                    </Link>
                    <Link to="/registrazione" className="text-white small">
                      Registrati con invito
                    </Link>
                  </>
                )}
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-center-wrapper hub-header-center">
          <div className="container">
            <div className="d-flex align-items-center justify-content-between gap-3 flex-wrap py-2">
              <Link to="/" className="hub-brand text-white text-decoration-none">
                <span className="hub-brand-title">Buone Pratiche e Gemellaggi</span>
                <span className="hub-brand-tagline">La comunità delle pubbliche amministrazioni</span>
              </Link>
              <div className="d-flex align-items-center gap-3">
                <HeaderSearch />
                {viewer && <Bell />}
              </div>
            </div>
          </div>
        </div>
        <nav className="hub-navbar" aria-label="Navigazione principale">
          <div className="container">
            <button
              type="button"
              className="hub-nav-toggle d-lg-none"
              aria-expanded={open}
              aria-controls="main-nav"
              onClick={() => setOpen((o) => !o)}
            >
              <Icon name={open ? 'it-close' : 'it-burger'} className="icon-white icon-sm me-1" />
              Menu
            </button>
            <ul id="main-nav" className={`hub-nav ${open ? 'open' : ''}`}>
              {items.map((i) => (
                <li key={i.to}>
                  <NavLink to={i.to} end={i.to === '/'} aria-describedby={i.to === '/moderazione' ? OPEN_FLAGS_DESCRIPTION : undefined}>
                    {i.label}
                    {i.to === '/moderazione' && <OpenFlagsBadge />}
                  </NavLink>
                </li>
              ))}
              {viewer && (
                <li>
                  <NavLink to="/notifiche">Notifiche</NavLink>
                </li>
              )}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="container py-4 hub-main">
        {children}
      </main>
      <footer className="it-footer">
        <div className="it-footer-main py-4">
          <div className="container">
            <p className="h5 text-white mb-2">Buone Pratiche e Gemellaggi</p>
            <p className="text-white small mb-0">
              Comunità di pratica dei dirigenti e funzionari delle pubbliche amministrazioni. Azione di gemellaggio del PON Governance e
              Assistenza Tecnica 2007-2013.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
