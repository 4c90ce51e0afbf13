import { createHashRouter, Navigate, Outlet, useNavigate, type RouteObject } from 'react-router';
import { LoginForm } from '@/features/auth/components/LoginForm';
import { ScannerPage } from '@/features/scanner/components/ScannerPage';
import { useSession } from '@/lib/session';
import { AppLayout } from './layout';
import { pageRoutes } from './routes';

function RequireAdmin() {
  const session = useSession();
  if (!session || session.user.role !== 'ADMIN') return <Navigate to="/login" replace />;
  return <Outlet />;
}

function LoginRoute() {
  const session = useSession();
  const navigate = useNavigate();
  if (session?.user.role === 'ADMIN') return <Navigate to="/" replace />;
  return (
    <div className="login-page">
      <LoginForm onSuccess={() => navigate('/', { replace: true })} />
    </div>
  );
}

export const appRoutes: RouteObject[] = [
    { path: '/login', element: <LoginRoute /> },
    {
      element: <RequireAdmin />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <ScannerPage /> },
            ...pageRoutes,
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
