// ECharts, from the WebJar the app serves (no CDN: exercise machines are often offline). It is
// loaded only by the pages that draw charts (control and evaluators), on first use. ECharts
// draws on canvas and sets element styles through the DOM, which the page's CSP allows.

import { reducedMotion } from "./dom.js";

const ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
let loading = null;

export function echartsReady() {
  if (window.echarts) return Promise.resolve(window.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = ECHARTS;
    script.addEventListener("load", () => resolve(window.echarts));
    script.addEventListener("error", () => reject(new Error(`${ECHARTS} did not load`)));
    document.head.append(script);
  });
  return loading;
}

export const TLP_COLOURS = {
  "TLP:CLEAR": "#f0f0f0",
  "TLP:GREEN": "#33ff00",
  "TLP:AMBER": "#ffc000",
  "TLP:AMBER+STRICT": "#ff8a00",
  "TLP:RED": "#ff2b2b",
};
export const REFUSED_COLOUR = "#c678dd";
export const STATE_COLOURS = { met: "#3fb950", late: "#d29922", missed: "#f85149", open: "#8a96a6" };

const charts = new Map();

/** The chart drawn in node (made on first use), with the options every chart of the page shares. */
export async function chart(node, option) {
  const echarts = await echartsReady();
  let instance = charts.get(node);
  if (!instance) {
    instance = echarts.init(node, "dark", { renderer: "canvas" });
    charts.set(node, instance);
    new ResizeObserver(() => instance.resize()).observe(node);
  }
  instance.setOption(
    {
      backgroundColor: "transparent",
      animation: !reducedMotion(),
      aria: { enabled: true },
      textStyle: { fontFamily: "system-ui, sans-serif" },
      ...option,
    },
    { notMerge: true },
  );
  return instance;
}
