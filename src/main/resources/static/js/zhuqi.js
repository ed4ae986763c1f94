// Small page behaviours shared by every page; no build step.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Confirm dangerous actions: <button data-confirm="...">
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// The language links were rendered for the address the page was loaded with; htmx may have pushed a newer one
// (a live search, another result page), so switch the language on the address the user sees now.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.lang');
  if (link) {
    var address = new URL(window.location.href);
    address.searchParams.set('lang', new URL(link.href).searchParams.get('lang'));
    link.href = address.toString();
  }
});
