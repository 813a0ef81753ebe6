// The only place ECharts is imported: just the charts, components and renderer the dashboard
// uses, so the bundle carries nothing else (see https://echarts.apache.org/handbook/en/basics/import).
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { init, use as registerEChartsParts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerEChartsParts([LineChart, BarChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | FunnelSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export type Chart = ECharts;

/** A canvas chart in `element`, with ECharts' own built-in texts in the UI language. */
export function createChart(element: HTMLElement, language: 'zh-CN' | 'en'): Chart {
  return init(element, undefined, { renderer: 'canvas', locale: language === 'zh-CN' ? 'ZH' : 'EN' });
}
