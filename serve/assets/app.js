// Mentions in an article open their entity; #mSTART marks one mention.
(function () {
  'use strict';
  document.querySelectorAll('article.text mark.m').forEach(function (m) {
    m.addEventListener('click', function (ev) {
      ev.stopPropagation();
      window.location.href = '/entity?id=' + encodeURIComponent(m.getAttribute('data-id'));
    });
  });
  var h = window.location.hash;
  if (h.indexOf('#m') === 0) {
    var start = parseInt(h.slice(2), 10);
    var text = document.getElementById('text');
    if (text && !isNaN(start)) {
      // Find the mark that begins at byte offset start: marks carry no
      // offsets, so the page numbers them in text order on the server.
      var el = document.querySelector('mark.m[data-start="' + start + '"]');
      if (el) { el.classList.add('flash'); el.scrollIntoView({block: 'center'}); }
    }
  }
})();
