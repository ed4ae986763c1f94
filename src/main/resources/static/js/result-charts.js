// Bar charts on the evaluation results pages, drawn with Apache ECharts (WebJar, loaded only on these pages).
// Each <div class="chart" data-chart="{...}"> carries its data as JSON written by the server (ResultCharts):
// label, categoryName, valueName, categories, values, horizontal. The table beside it stays the accessible
// and script-free form of the same numbers; without ECharts the container stays hidden.
(function () {
  if (!window.echarts) {
    return;
  }
  var brand = getComputedStyle(document.documentElement).getPropertyValue('--brand').trim() || '#0f766e';

  function option(data) {
    var category = {
      type: 'category', name: data.categoryName, data: data.categories,
      axisTick: { alignWithLabel: true }
    };
    var value = { type: 'value', name: data.valueName, minInterval: data.horizontal ? 0 : 1 };
    if (data.horizontal) {
      category.inverse = true; // the first (best) department at the top
      category.nameLocation = 'start';
      value.nameLocation = 'middle';
      value.nameGap = 28;
    } else {
      category.nameLocation = 'middle';
      category.nameGap = 28;
    }
    return {
      aria: { enabled: true, label: { description: data.label } },
      animation: false,
      color: [brand],
      grid: { left: 8, right: 48, top: 32, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: data.horizontal ? value : category,
      yAxis: data.horizontal ? category : value,
      series: [{
        type: 'bar', name: data.valueName, data: data.values, barMaxWidth: 32,
        label: {
          show: true, position: data.horizontal ? 'right' : 'top',
          formatter: function (bar) { return bar.value ? String(bar.value) : ''; } // no clutter of zeros
        }
      }]
    };
  }

  var charts = [];
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    element.classList.add('drawn');
    if (data.horizontal) {
      element.style.height = Math.max(160, 72 + 30 * data.categories.length) + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(data));
    charts.push(chart);
  });

  var pending = null;
  window.addEventListener('resize', function () {
    if (pending) {
      window.cancelAnimationFrame(pending);
    }
    pending = window.requestAnimationFrame(function () {
      pending = null;
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
})();
