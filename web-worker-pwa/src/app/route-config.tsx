import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginRoute } from './routes/LoginRoute';
import { RootLayout } from './routes/RootLayout';

// Only the login screen comes with the first paint; the signed-in layout (with the query library), home and every
// other screen are fetched when first opened (issue 17 item 8: first-paint JS ≤ 100 KB gzip, checked by the build:
// scripts/check-first-paint.mjs). The service worker precaches these chunks, so they open offline too.
const SignedInLayout = lazy(() => import('./routes/AppLayout').then((m) => ({ default: m.SignedInLayout })));
const HomeRoute = lazy(() => import('./routes/HomeRoute').then((m) => ({ default: m.HomeRoute })));
const ChecklistRoute = lazy(() => import('./routes/ChecklistRoute').then((m) => ({ default: m.ChecklistRoute })));
const ResultRoute = lazy(() => import('./routes/ResultRoute').then((m) => ({ default: m.ResultRoute })));
const PassRoute = lazy(() => import('./routes/PassRoute').then((m) => ({ default: m.PassRoute })));
const HistoryRoute = lazy(() => import('./routes/HistoryRoute').then((m) => ({ default: m.HistoryRoute })));
const PasswordRoute = lazy(() => import('./routes/PasswordRoute').then((m) => ({ default: m.PasswordRoute })));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { path: '/login', element: <LoginRoute /> },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'checklist', element: <ChecklistRoute /> },
          { path: 'result/:id', element: <ResultRoute /> },
          { path: 'pass', element: <PassRoute /> },
          { path: 'history', element: <HistoryRoute /> },
          { path: 'password', element: <PasswordRoute /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
