/* Online rating pages (网上测评). Works without it; it only
   - on the landing page, takes a credential handed over from the live voter page in the address's fragment
     (#c=TOKEN: a fragment never reaches the server or its logs), removes it from the address and history, and
     posts it with the sign-in form;
   - on a department's form, counts the comment's characters. */
(function () {
  'use strict';

  function handOver() {
    var match = /^#c=([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
    if (!match) {
      return;
    }
    history.replaceState(null, '', window.location.pathname + window.location.search);
    var form = document.getElementById('credential-form');
    var input = document.getElementById('credential');
    if (form && input) {
      input.value = match[1];
      form.submit();
    }
  }

  function counters() {
    document.querySelectorAll('[data-counter]').forEach(function (counter) {
      var field = document.getElementById(counter.getAttribute('data-counter'));
      if (!field) {
        return;
      }
      var update = function () { counter.textContent = String(field.value.length); };
      field.addEventListener('input', update);
      update();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.body.getAttribute('data-online') === 'landing') {
      handOver();
    }
    counters();
  });
}());
