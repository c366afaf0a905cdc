/**
 * "Entra con SPID / CIE", drawn like the official SPID button of the Designers Italia kit (the
 * primary blue, the person pictogram, white bold label); it starts the server's OpenID Connect
 * sign-in, with an invitation code to complete a registration.
 */
export function SpidCieButton({ invitationCode, label = 'Entra con SPID / CIE' }: { invitationCode?: string; label?: string }) {
  const href = `/auth/oidc/login${invitationCode ? `?codice=${encodeURIComponent(invitationCode)}` : ''}`;
  return (
    <a href={href} className="btn btn-primary btn-icon hub-spid-button" data-testid="spid-cie-button">
      <span className="rounded-icon bg-white me-2" aria-hidden="true">
        <svg width="20" height="20" viewBox="0 0 24 24" role="presentation">
          <circle cx="12" cy="7.5" r="4.5" fill="#06c" />
          <path d="M3 22c0-5 4-8.5 9-8.5s9 3.5 9 8.5z" fill="#06c" />
        </svg>
      </span>
      <span className="fw-bold">{label}</span>
    </a>
  );
}
