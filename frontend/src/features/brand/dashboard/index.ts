// Entry point of the dashboard's own lazily loaded chunk (it carries ECharts).
export { CampaignDashboardPage } from './CampaignDashboardPage';
