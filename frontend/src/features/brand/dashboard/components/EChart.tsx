import { useEffect, useRef } from 'react';
import { useLocale } from '../../../../lib/useLocale';
import { createChart, type Chart, type ChartOption } from './echarts';

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for people who cannot see it (the figures are also on the page as text). */
  label: string;
  className?: string;
  /** Pixels; otherwise the stylesheet decides (the chart needs a height to draw). */
  height?: number;
}

/**
 * One ECharts instance in a div that follows its container's size (ResizeObserver), so the
 * chart fits a 360 px phone and a laptop alike and re-flows when the layout changes.
 */
export function EChart({ option, label, className = 'chart', height }: EChartProps) {
  const language = useLocale();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const instance = createChart(container, language);
    chart.current = instance;
    const resize = () => instance.resize();
    let observer: ResizeObserver | null = null;
    if (typeof ResizeObserver === 'function') {
      observer = new ResizeObserver(resize);
      observer.observe(container);
    } else {
      window.addEventListener('resize', resize);
    }
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    // notMerge: series that disappeared (e.g. after a language switch) must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option, language]);

  return <div ref={element} className={className} style={height ? { height } : undefined} role="img" aria-label={label} data-testid="chart" />;
}
