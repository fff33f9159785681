// Counts what people search for and which result they open, weekly and with nothing about the
// reader (portal/search/insights.py): a tiny same-origin POST, no cookie. The links are ordinary
// links; without this script they work the same and nothing is counted.
(function () {
  "use strict";
  var box = document.getElementById("search-insights");
  if (!box || !navigator.sendBeacon || !window.URLSearchParams) {
    return;
  }
  var url = box.getAttribute("data-url");
  var key = box.getAttribute("data-key");
  var first = parseInt(box.getAttribute("data-first"), 10);

  function send(fields) {
    var body = new URLSearchParams(fields);
    body.set("key", key);
    navigator.sendBeacon(url, body);
  }

  if (box.hasAttribute("data-count-search")) {
    send({ event: "search" });
  }
  var links = document.querySelectorAll(".search-results > li > h3 > a");
  Array.prototype.forEach.call(links, function (link, index) {
    function opened(event) {
      if (event.type === "auxclick" && event.button !== 1) {
        return; // only the middle button opens a link
      }
      send({ event: "click", position: String(first + index) });
    }
    link.addEventListener("click", opened);
    link.addEventListener("auxclick", opened);
  });
})();
