import { createHashRouter, Navigate, Outlet, useLocation, useNavigate, type RouteObject } from 'react-router';
import { ChangePasswordPage } from '@/features/auth/components/ChangePasswordPage';
import { STAFF_ROLES } from '@/features/auth/api/auth-api';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { ScannerPage } from '@/features/scanner/components/ScannerPage';
import { useSession } from '@/lib/api';
import { AppLayout } from './layout';
import { pageRoutes } from './routes';

function RequireStaff() {
  const session = useSession();
  const location = useLocation();
  if (!session || !STAFF_ROLES.includes(session.user.role)) return <Navigate to="/login" replace />;
  // after a reset the server answers nothing else until the password is changed
  if (session.passwordChangeRequired && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <Outlet />;
}

/** The office pages: a gate device (role GATE) has the scanner only. */
function RequireAdmin() {
  const session = useSession();
  if (session?.user.role !== 'ADMIN') return <Navigate to="/" replace />;
  return <Outlet />;
}

function LoginRoute() {
  const session = useSession();
  const navigate = useNavigate();
  if (session && STAFF_ROLES.includes(session.user.role)) return <Navigate to="/" replace />;
  return (
    <div className="login-page">
      <LoginForm onSuccess={() => navigate('/', { replace: true })} />
    </div>
  );
}

export const appRoutes: RouteObject[] = [
    { path: '/login', element: <LoginRoute /> },
    {
      element: <RequireStaff />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <ScannerPage /> },
            { element: <RequireAdmin />, children: pageRoutes },
            { path: 'password', element: <ChangePasswordPage /> },
            { path: '*', element: <Navigate to="/" replace /> },
          ],
        },
      ],
    },
];

export function createAppRouter() {
  // Hash routing: the app works from any static host (CloudFront, local-api) without a rewrite rule.
  return createHashRouter(appRoutes);
}
