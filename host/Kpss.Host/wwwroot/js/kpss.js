// The platform's few behaviours, from a file: the Content-Security-Policy allows no inline scripts or handlers.
(function () {
    "use strict";
    // Buttons marked data-kpss-print print the page.
    document.addEventListener("click", function (event) {
        var button = event.target instanceof Element ? event.target.closest("[data-kpss-print]") : null;
        if (button) {
            event.preventDefault();
            window.print();
        }
    });
    // An element marked data-kpss-refresh="ms" reloads the page after that time (e.g. a running import's progress).
    document.addEventListener("DOMContentLoaded", function () {
        var refresh = document.querySelector("[data-kpss-refresh]");
        if (refresh) {
            var ms = parseInt(refresh.getAttribute("data-kpss-refresh"), 10);
            setTimeout(function () { location.reload(); }, isNaN(ms) ? 1000 : ms);
        }
    });
})();
