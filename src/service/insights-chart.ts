import type { InsightsData } from "../storage/question-store.js";
import { dayLabel } from "./insights-report.js";

const WIDTH = 900;
const HEIGHT = 420;
const ANSWERED = "#2e7d32";
const UNANSWERED = "#c62828";
const RATIO = "#1565c0";

/**
 * The insights chart as a PNG: questions per day (answered and not, stacked) and the share of 👍
 * among the day's votes, drawn by Chart.js on a Skia canvas (@napi-rs/canvas): no browser. Both
 * are loaded on first use, so a bot that never draws a chart never loads them.
 */
export async function renderInsightsChart(data: InsightsData): Promise<Buffer> {
  const [{ Chart, registerables }, { createCanvas }] = await Promise.all([
    import("chart.js"),
    import("@napi-rs/canvas"),
  ]);
  Chart.register(...registerables);
  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext("2d");
  // A white background: Discord's dark theme would otherwise show dark text on dark grey.
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, WIDTH, HEIGHT);
  const labels = data.perDay.map((d) => dayLabel(d.day).slice(5));
  const ratio = data.perDay.map((d) =>
    d.up + d.down > 0 ? Math.round((100 * d.up) / (d.up + d.down)) : null,
  );
  const chart = new Chart(context as unknown as ConstructorParameters<typeof Chart>[0], {
    type: "bar",
    data: {
      labels,
      datasets: [
        {
          type: "bar",
          label: "Answered",
          data: data.perDay.map((d) => d.answered),
          backgroundColor: ANSWERED,
          stack: "q",
          yAxisID: "y",
        },
        {
          type: "bar",
          label: "Not answered",
          data: data.perDay.map((d) => d.unanswered),
          backgroundColor: UNANSWERED,
          stack: "q",
          yAxisID: "y",
        },
        {
          type: "line",
          label: "👍 share of votes (%)",
          data: ratio,
          borderColor: RATIO,
          backgroundColor: RATIO,
          yAxisID: "ratio",
          spanGaps: true,
          tension: 0.2,
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: {
          display: true,
          text: `Questions per day, ${dayLabel(data.fromDay)} to ${dayLabel(data.toDay)}`,
        },
        legend: { position: "bottom" },
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "questions" } },
        ratio: {
          position: "right",
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          title: { display: true, text: "% 👍" },
        },
      },
    },
  });
  try {
    return canvas.toBuffer("image/png");
  } finally {
    chart.destroy();
  }
}
