import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './routes/AppLayout';
import { HomeRoute } from './routes/HomeRoute';
import { LoginRoute } from './routes/LoginRoute';
import { RootLayout } from './routes/RootLayout';

// Login and home come with the first paint; every other screen is fetched when first opened (issue 17 item 8:
// first-paint JS ≤ 100 KB gzip). The service worker precaches these chunks, so they open offline too.
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
        element: <AppLayout />,
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
