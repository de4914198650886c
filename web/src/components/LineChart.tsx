import { useEffect, useRef } from 'react';
import {
  CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

// only the parts a line chart needs: Chart.js tree-shakes the rest (this file loads with the profile and coach screens)
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: (number | null)[];
}

const COLOURS = ['#1f4e79', '#a3141b', '#1b6e3a', '#7a4b00', '#5a3d8a', '#006d77', '#444'];

/**
 * A line chart of ownership over time. The canvas is an image to assistive technology, described by its label;
 * the same numbers are in a table beside it for whoever cannot see the chart.
 */
export function LineChart({ labels, series, label, rtl }: { labels: string[]; series: Series[]; label: string; rtl: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels,
        datasets: series.map((one, index) => ({
          label: one.label,
          data: one.values,
          borderColor: COLOURS[index % COLOURS.length],
          backgroundColor: COLOURS[index % COLOURS.length],
          spanGaps: true,
          tension: 0.2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang,
        scales: { x: { reverse: rtl }, y: { min: 0, max: 100, position: rtl ? 'right' : 'left' } },
        plugins: { legend: { display: series.length > 1, rtl }, tooltip: { rtl } },
      },
    });
    return () => chart.destroy();
  }, [labels, series, rtl]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

export default LineChart;
