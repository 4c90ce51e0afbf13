import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './routes/AppLayout';
import { ChecklistRoute } from './routes/ChecklistRoute';
import { HistoryRoute } from './routes/HistoryRoute';
import { HomeRoute } from './routes/HomeRoute';
import { LoginRoute } from './routes/LoginRoute';
import { PassRoute } from './routes/PassRoute';
import { PasswordRoute } from './routes/PasswordRoute';
import { ResultRoute } from './routes/ResultRoute';
import { RootLayout } from './routes/RootLayout';

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

