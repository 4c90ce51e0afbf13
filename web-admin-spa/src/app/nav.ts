import type { MessageKey } from '@/lib/messages';

export type NavItem = { id: string; to: string; label: MessageKey };

export const navItems: NavItem[] = [{ id: 'scanner', to: '/', label: 'nav.scanner' }];
