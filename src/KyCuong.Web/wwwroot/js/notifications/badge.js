// Live unread count in the navigation. The server renders the count on every page load; this keeps it
// current while the page stays open, and reconnects by itself (with automatic retries, then a slower retry loop).
(function () {
    'use strict';
    var badge = document.querySelector('[data-testid="inbox-unread"]');
    if (!badge || typeof signalR === 'undefined') {
        return;
    }

    function show(count) {
        var n = Number(count) || 0;
        badge.textContent = String(n);
        badge.setAttribute('aria-label', n + ' thông báo chưa đọc');
        badge.classList.toggle('text-bg-danger', n > 0);
        badge.classList.toggle('text-bg-secondary', n <= 0);
    }

    var connection = new signalR.HubConnectionBuilder()
        .withUrl(badge.getAttribute('data-hub') || '/hubs/notifications')
        .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
        .configureLogging(signalR.LogLevel.Warning)
        .build();

    connection.on('unread', show);
    // Notices delivered in a batch arrive as a number to add; the exact count comes with every page load and reconnect.
    connection.on('unreadAdded', function (added) {
        show((Number(badge.textContent) || 0) + (Number(added) || 0));
    });

    function refresh() {
        return connection.invoke('Unread').then(show).catch(function () { /* the next push or page load corrects it */ });
    }

    connection.onreconnected(refresh);

    function start() {
        connection.start().then(refresh).catch(function () {
            setTimeout(start, 15000);
        });
    }

    // After the automatic retries give up, keep trying slowly (a server restart, a long network outage).
    connection.onclose(function () {
        setTimeout(start, 15000);
    });

    start();
}());
