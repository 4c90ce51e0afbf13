import type { MessageKey } from '@/lib/messages';

export type NavItem = { id: string; to: string; label: MessageKey };

export const navItems: NavItem[] = [
  { id: 'scanner', to: '/', label: 'nav.scanner' },
  { id: 'today', to: '/today', label: 'nav.today' },
  { id: 'review', to: '/review', label: 'nav.review' },
  { id: 'presence', to: '/presence', label: 'nav.presence' },
  { id: 'log', to: '/log', label: 'nav.log' },
  { id: 'workers', to: '/workers', label: 'nav.workers' },
  { id: 'records', to: '/records', label: 'nav.records' },
];
