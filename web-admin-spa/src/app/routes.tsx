import { lazy } from 'react';
import { useParams } from 'react-router';

// The scanner is what a gate device opens; the office pages load on first visit.
const AccessLogPage = lazy(() => import('@/features/access-log/components/AccessLogPage').then((m) => ({ default: m.AccessLogPage })));
const PresencePage = lazy(() => import('@/features/presence/components/PresencePage').then((m) => ({ default: m.PresencePage })));
const TodayPage = lazy(() => import('@/features/submissions/components/TodayPage').then((m) => ({ default: m.TodayPage })));
const ReviewQueuePage = lazy(() =>
  import('@/features/submissions/components/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewDetailPage = lazy(() =>
  import('@/features/submissions/components/ReviewDetailPage').then((m) => ({ default: m.ReviewDetailPage })),
);
const DailySheetPage = lazy(() =>
  import('@/features/records/components/DailySheetPage').then((m) => ({ default: m.DailySheetPage })),
);
const AuditTrailPage = lazy(() =>
  import('@/features/records/components/AuditTrailPage').then((m) => ({ default: m.AuditTrailPage })),
);
const WorkersPage = lazy(() => import('@/features/workers/components/WorkersPage').then((m) => ({ default: m.WorkersPage })));

function ReviewDetailRoute() {
  const { id = '' } = useParams();
  return <ReviewDetailPage key={id} submissionId={id} />;
}

export const pageRoutes = [
  { path: 'today', element: <TodayPage /> },
  { path: 'review', element: <ReviewQueuePage /> },
  { path: 'review/:id', element: <ReviewDetailRoute /> },
  { path: 'presence', element: <PresencePage /> },
  { path: 'log', element: <AccessLogPage /> },
  { path: 'workers', element: <WorkersPage /> },
  { path: 'records', element: <DailySheetPage /> },
  { path: 'records/audit', element: <AuditTrailPage /> },
];
