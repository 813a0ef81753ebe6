import type { TFunction } from 'i18next';
import type { CampaignDashboardQuery } from '../../../gql/graphql';
import { formatCompactNumber } from '../../../lib/format';
import type { ChartOption } from './components/echarts';

type Stats = CampaignDashboardQuery['campaignStats'];
export type DailyPoint = Stats['daily'][number];

/** The app's colours (global.css tokens); a canvas cannot read CSS variables. */
const COLORS = {
  stories: '#c2410c',
  likes: '#e11d48',
  comments: '#1e4f8a',
  text: '#2d2420',
  muted: '#6d5f58',
  grid: '#eedfd3',
  funnel: ['#9a3412', '#c2410c', '#ea580c', '#f59e0b', '#fbbf24'],
};

const DAY_MS = 24 * 3600 * 1000;

/** Every calendar day from the first to the last in the series, missing days as zeros. */
export function fillDays(daily: readonly DailyPoint[]): DailyPoint[] {
  if (daily.length === 0) return [];
  const byDate = new Map(daily.map((point) => [point.date, point]));
  const sorted = [...byDate.keys()].sort();
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  const days: DailyPoint[] = [];
  for (let time = first; time <= last; time += DAY_MS) {
    const date = new Date(time).toISOString().slice(0, 10);
    days.push(byDate.get(date) ?? { __typename: 'DailyStat', date, stories: 0, likes: 0, comments: 0 });
  }
  return days;
}

/** "Nov 25" / "11月25日": the server's days are UTC calendar days. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function integerFormatter(locale: string) {
  const format = new Intl.NumberFormat(locale);
  return (value: unknown) => (typeof value === 'number' ? format.format(value) : String(value ?? ''));
}

/** The page's font stack (global.css --font-sans): a canvas does not inherit CSS fonts. */
const FONT_FAMILY = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', Roboto, 'Helvetica Neue', Arial, sans-serif";

const textStyle = { fontFamily: FONT_FAMILY, color: COLORS.text, fontSize: 13 };

/** Stories, likes and comments per day, as three lines. */
export function dailyOption(daily: readonly DailyPoint[], t: TFunction, locale: string): ChartOption {
  const days = fillDays(daily);
  const series = [
    { key: 'stories', name: t('dashboard.series.stories'), color: COLORS.stories },
    { key: 'likes', name: t('dashboard.series.likes'), color: COLORS.likes },
    { key: 'comments', name: t('dashboard.series.comments'), color: COLORS.comments },
  ] as const;
  return {
    textStyle,
    color: series.map((line) => line.color),
    tooltip: { trigger: 'axis', valueFormatter: integerFormatter(locale) },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: COLORS.text, fontSize: 13 } },
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: days.map((day) => formatDay(day.date, locale)),
      axisLabel: { color: COLORS.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: COLORS.grid } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: COLORS.muted, formatter: (value: number) => formatCompactNumber(value, locale) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: series.map((line) => ({
      type: 'line',
      name: line.name,
      data: days.map((day) => day[line.key]),
      // Gently curved, but never bending past a day's real value (no dips below zero).
      smooth: 0.3,
      smoothMonotone: 'x',
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { width: 2.5 },
      emphasis: { focus: 'series' },
    })),
  };
}

export interface FunnelStage {
  key: 'participants' | 'submitted' | 'approved' | 'usageRightsGranted' | 'featured';
  value: number;
}

export function funnelStages(funnel: Stats['funnel']): FunnelStage[] {
  return (['participants', 'submitted', 'approved', 'usageRightsGranted', 'featured'] as const).map((key) => ({ key, value: funnel[key] }));
}

/** From taking part to a story the brand can reuse and feature, in stage order. */
export function funnelOption(funnel: Stats['funnel'], t: TFunction, locale: string): ChartOption {
  const stages = funnelStages(funnel);
  const max = Math.max(1, ...stages.map((stage) => stage.value));
  const format = integerFormatter(locale);
  return {
    textStyle,
    color: COLORS.funnel,
    tooltip: { trigger: 'item', formatter: (params) => `${(params as { name: string }).name}: ${format((params as { value: number }).value)}` },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        width: 'auto',
        min: 0,
        max,
        minSize: '38%',
        maxSize: '100%',
        gap: 3,
        label: {
          position: 'inside',
          color: '#fff',
          fontWeight: 600,
          overflow: 'truncate',
          formatter: (params) => `${(params as { name: string }).name}  ${format((params as { value: number }).value)}`,
        },
        labelLine: { show: false },
        itemStyle: { borderWidth: 0 },
        data: stages.map((stage) => ({ name: t(`dashboard.funnel.${stage.key}`), value: stage.value })),
      },
    ],
  };
}

/** The most used hashtags as horizontal bars, the most used on top. */
export function hashtagsOption(tags: Stats['topHashtags'], t: TFunction, locale: string): ChartOption {
  const top = [...tags].sort((a, b) => b.stories - a.stories);
  return {
    textStyle,
    color: [COLORS.stories],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: integerFormatter(locale) },
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: top.map((tag) => `#${tag.tag}`),
      axisLabel: { color: COLORS.text, width: 120, overflow: 'truncate' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [
      {
        type: 'bar',
        name: t('dashboard.series.hashtagStories'),
        data: top.map((tag) => tag.stories),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 6, 6, 0] },
        label: { show: true, position: 'right', color: COLORS.muted, formatter: (params) => integerFormatter(locale)((params as { value: number }).value) },
      },
    ],
  };
}
