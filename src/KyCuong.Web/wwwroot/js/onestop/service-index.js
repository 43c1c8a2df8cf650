// Trend of the 766 service index by month (progressive enhancement: the table below the chart carries the same figures).
// No animation: the chart is read, printed and screenshotted at once.
(function () {
    'use strict';
    var canvas = document.getElementById('index-trend');
    if (!canvas || typeof Chart === 'undefined') { return; }
    var data;
    try { data = JSON.parse(canvas.getAttribute('data-trend') || '{}'); } catch (e) { return; }
    if (!data.labels) { return; }
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: data.labels,
            datasets: [
                { label: 'Điểm các nhóm đã đo', data: data.score, borderColor: '#0d6efd', backgroundColor: '#0d6efd', spanGaps: false },
                { label: 'Điểm tối đa các nhóm đã đo', data: data.max, borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [4, 4] }
            ]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, suggestedMax: 100 } } }
    });
}());
