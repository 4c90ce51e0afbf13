import type { MessageKey } from '@/lib/messages';

export type NavItem = { id: string; to: string; label: MessageKey; gate?: boolean };

export const navItems: NavItem[] = [
  { id: 'scanner', to: '/', label: 'nav.scanner', gate: true },
  { id: 'today', to: '/today', label: 'nav.today' },
  { id: 'review', to: '/review', label: 'nav.review' },
  { id: 'presence', to: '/presence', label: 'nav.presence' },
  { id: 'log', to: '/log', label: 'nav.log' },
  { id: 'workers', to: '/workers', label: 'nav.workers' },
  { id: 'records', to: '/records', label: 'nav.records' },
];

/** What the signed-in role sees in the menu: a gate device (GATE) only the scanner. */
export function navFor(role: string): NavItem[] {
  return role === 'ADMIN' ? navItems : navItems.filter((item) => item.gate);
}
