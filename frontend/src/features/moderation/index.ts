// Entry point for the lazily loaded moderators' area.
export { ModerationLayout } from './components/ModerationNav';
export { QueuePage } from './QueuePage';
export { ReportsPage } from './ReportsPage';
export { LogPage } from './LogPage';
export { SuspiciousLikesPage } from './SuspiciousLikesPage';
