// The in-page probe, installed as an init script: it runs in the page before any of the page's own scripts.
//
// Banner visible: the tool's `banner` function is asked for its first-layer element once per animation frame
// (a querySelector, no layout). Once it exists, an IntersectionObserver watches it; the browser computes
// intersections in the rendering step of a frame, after style and layout, so the probe forces no layout of its
// own. The banner counts as visible in the first frame in which its box (at least 1x1 CSS px) intersects the
// viewport, its `visibility` is `visible` and its effective opacity (its own times every ancestor's, across
// shadow roots) is above 0, so a fade-in counts from its first painted frame. The time is the observer entry's
// `time` (the rendering step of that frame) or, for a banner that intersects while still fully transparent,
// `performance.now()` in the first animation frame callback that sees it with some opacity: milliseconds since
// navigation start, resolution one frame (about 16.7 ms at 60 Hz).
//
// Long tasks (> 50 ms), long animation frames (for attribution) and layout shifts are collected by
// PerformanceObservers with `buffered: true`, so entries from before the probe's own callbacks ran are included.

/** The init script's source for one tool (`banner` is the tool's function body, or null for no tool). */
export function probeScript(banner) {
  return `(() => {
  if (window !== window.top) return;
  const findBanner = ${banner ? `() => { ${banner} }` : '() => null'};
  let resolveVisible;
  const state = (window.__bench = {
    visibleAt: null,
    // Resolves when the banner is visible, so the harness waits without polling the page.
    visible: new Promise((resolve) => (resolveVisible = resolve)),
    longTasks: [],
    frames: [],
    shifts: [],
    fcp: null,
    probeError: null,
  });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (error) {
      state.probeError = String(error);
    }
  };
  observe('longtask', (entry) => state.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  // Long animation frames name the scripts (5 ms or more) that ran in them: that is how a long task is pinned on
  // the tool's code or on the page's own parsing and layout.
  observe('long-animation-frame', (entry) =>
    state.frames.push({
      start: entry.startTime,
      duration: entry.duration,
      scripts: entry.scripts.map((script) => ({ url: script.sourceURL, duration: script.duration, invoker: script.invoker })),
    }));
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    state.shifts.push({
      value: entry.value,
      at: entry.startTime,
      sources: (entry.sources || []).map(({ node }) =>
        node ? (node.nodeName + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '')) : '?'),
    });
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  });
  const styled = (element) => {
    if (getComputedStyle(element).visibility !== 'visible') return false;
    for (let node = element; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host) || null) {
      if (Number(getComputedStyle(node).opacity) === 0) return false;
    }
    return true;
  };
  let watched = null;
  let intersecting = false;
  const done = (time) => {
    state.visibleAt = time;
    io.disconnect();
    resolveVisible(time);
  };
  const io = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.target !== watched || state.visibleAt !== null) continue;
      intersecting = entry.isIntersecting && entry.intersectionRect.width >= 1 && entry.intersectionRect.height >= 1;
      if (intersecting && styled(entry.target)) done(entry.time);
    }
  });
  const frame = () => {
    if (state.visibleAt !== null) return;
    try {
      const element = findBanner();
      if (element !== watched) {
        if (watched) io.unobserve(watched);
        watched = element;
        intersecting = false;
        if (element) io.observe(element);
      } else if (element && intersecting && styled(element)) {
        return done(performance.now());
      }
    } catch (error) {
      state.probeError = String(error);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
}
