import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Loading, PageTitle } from './components/ui';
import { useAuth } from './lib/auth';

const Login = lazy(() => import('./pages/Login'));
const Register = lazy(() => import('./pages/Register'));
const CompleteRegistration = lazy(() => import('./pages/CompleteRegistration'));
const ForgotPassword = lazy(() => import('./pages/PasswordReset').then((m) => ({ default: m.ForgotPassword })));
const ResetPassword = lazy(() => import('./pages/PasswordReset').then((m) => ({ default: m.ResetPassword })));
const Profile = lazy(() => import('./pages/Profile'));
const Home = lazy(() => import('./pages/Home'));
const Forum = lazy(() => import('./pages/Forum'));
const Category = lazy(() => import('./pages/Category'));
const Thread = lazy(() => import('./pages/Thread'));
const NewThread = lazy(() => import('./pages/NewThread'));
const Practices = lazy(() => import('./pages/Practices'));
const Practice = lazy(() => import('./pages/Practice'));
const Twinnings = lazy(() => import('./pages/Twinnings'));
const Twinning = lazy(() => import('./pages/Twinning'));
const Calls = lazy(() => import('./pages/Calls'));
const Call = lazy(() => import('./pages/Call'));
const Events = lazy(() => import('./pages/Events'));
const Search = lazy(() => import('./pages/Search'));
const Needs = lazy(() => import('./pages/Needs'));
const Need = lazy(() => import('./pages/Need'));
const NewNeed = lazy(() => import('./pages/NewNeed'));
const Coverage = lazy(() => import('./pages/Coverage'));
const Members = lazy(() => import('./pages/Members'));
const Member = lazy(() => import('./pages/Member'));
const Notifications = lazy(() => import('./pages/Notifications'));
const Moderation = lazy(() => import('./pages/Moderation'));
const Admin = lazy(() => import('./pages/Admin'));

function RequireAuth({ children, role }: { children: ReactNode; role?: 'moderator' | 'admin' }) {
  const { viewer, loading, token, isModerator, isAdmin } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!token || !viewer) return <Navigate to={`/accesso?da=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if ((role === 'moderator' && !isModerator) || (role === 'admin' && !isAdmin)) {
    return (
      <>
        <PageTitle title="Accesso negato">Accesso negato</PageTitle>
        <p>Questa sezione è riservata {role === 'admin' ? 'agli amministratori' : 'ai moderatori'}.</p>
      </>
    );
  }
  return <>{children}</>;
}

function NotFound() {
  return (
    <>
      <PageTitle title="Pagina non trovata">Pagina non trovata</PageTitle>
      <p>La pagina richiesta non esiste. Usa il menu per continuare.</p>
    </>
  );
}

export function App() {
  const auth = (el: ReactNode, role?: 'moderator' | 'admin') => <RequireAuth role={role}>{el}</RequireAuth>;
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/accesso" element={<Login />} />
          <Route path="/registrazione" element={<Register />} />
          <Route path="/registrazione/completa" element={<CompleteRegistration />} />
          <Route path="/password-dimenticata" element={<ForgotPassword />} />
          <Route path="/reimposta-password" element={<ResetPassword />} />
          <Route path="/profilo" element={auth(<Profile />)} />
          <Route path="/discussioni" element={<Forum />} />
          <Route path="/discussioni/nuova" element={auth(<NewThread />)} />
          <Route path="/discussioni/:id" element={<Thread />} />
          <Route path="/categorie/:slug" element={<Category />} />
          <Route path="/pratiche" element={<Practices />} />
          <Route path="/pratiche/:slug" element={<Practice />} />
          <Route path="/gemellaggi" element={<Twinnings />} />
          <Route path="/gemellaggi/:id" element={<Twinning />} />
          <Route path="/fabbisogni" element={<Needs />} />
          <Route path="/fabbisogni/nuovo" element={auth(<NewNeed />)} />
          <Route path="/fabbisogni/:id" element={<Need />} />
          <Route path="/mappa" element={<Coverage />} />
          <Route path="/avvisi" element={<Calls />} />
          <Route path="/avvisi/:id" element={<Call />} />
          <Route path="/incontri" element={<Events />} />
          <Route path="/ricerca" element={<Search />} />
          <Route path="/membri" element={<Members />} />
          <Route path="/membri/:id" element={<Member />} />
          <Route path="/notifiche" element={auth(<Notifications />)} />
          <Route path="/moderazione" element={auth(<Moderation />, 'moderator')} />
          <Route path="/gestione" element={auth(<Admin />, 'admin')} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
