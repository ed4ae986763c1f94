// The live session's pages, kept current by Server-Sent Events; no build step, no framework, plain ES5 so that
// older phone browsers run it too.
// - big screen and host console (data-live="screen" | "host"): show the state every event brings;
// - voter page (data-live="vote"): one big button per score, submit once per department with an idempotency key
//   kept per department, retry on a flaky network with the same key, end in 已提交 or 本轮投票已结束.
// What shows on the screen and the voter page follows attributes on <body> (see live.css).
(function () {
  'use strict';

  var root = document.querySelector('[data-live]');
  if (!root) {
    return;
  }
  var kind = root.getAttribute('data-live');
  var body = document.body;
  var offset = 0; // the server's clock minus this device's clock, in ms
  var endsAt = null;

  function each(list, action) {
    Array.prototype.forEach.call(list, action);
  }

  function setText(name, text) {
    each(document.querySelectorAll('[data-field="' + name + '"]'), function (element) {
      element.textContent = text === null || text === undefined ? '' : String(text);
    });
  }

  function msg(name) {
    return root.getAttribute('data-msg-' + name) || '';
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) {
      return String(values[Number(index)]);
    });
  }

  function number(attribute) {
    var value = root.getAttribute(attribute);
    return value === null || value === '' ? null : Number(value);
  }

  // The countdown runs on this device, corrected by the server's clock sent with every state.
  function clock(now, end) {
    if (now !== null) {
      offset = now - Date.now();
    }
    endsAt = end;
    tick();
  }

  function tick() {
    if (endsAt === null || endsAt === undefined) {
      setText('countdown', '');
      return;
    }
    var left = Math.max(0, Math.ceil((endsAt - (Date.now() + offset)) / 1000));
    setText('countdown', left);
    if (left === 0 && kind === 'vote' && body.getAttribute('data-round') === 'OPEN') {
      body.setAttribute('data-round', 'CLOSED'); // the server says so a moment later
    }
  }

  function follow(url, onState) {
    if (!window.EventSource) {
      return;
    }
    // EventSource reconnects by itself; every new stream starts with the current state.
    var source = new EventSource(url);
    source.addEventListener('state', function (event) {
      onState(JSON.parse(event.data));
    });
  }

  clock(number('data-now'), number('data-ends-at'));
  window.setInterval(tick, 250);

  // ---- big screen
  function modeOf(view) {
    if (!view.sessionId) {
      return 'waiting';
    }
    if (view.status === 'PAUSED') {
      return 'paused';
    }
    return view.display === 'RESULTS' ? 'results' : 'round';
  }

  function showScreen(view) {
    body.setAttribute('data-mode', modeOf(view));
    body.setAttribute('data-round', view.round);
    body.setAttribute('data-has-ranking', view.ranking.length > 0 ? 'true' : 'false');
    setText('progress', view.sessionId ? format(msg('progress'), [view.position, view.departments]) : '');
    setText('department', view.departmentName);
    setText('roundLabel', msg('round-' + view.round.toLowerCase()));
    setText('ballots', view.ballots);
    setText('eligible', view.eligible);
    setText('score', view.score);
    setText('ledger', view.ledgerSeq === null ? ''
      : format(msg('ledger'), [view.ledgerSeq, view.ledgerHash.substring(0, 16)]));
    var rows = document.getElementById('screen-ranking');
    rows.textContent = '';
    view.ranking.forEach(function (standing) {
      var row = document.createElement('tr');
      if (standing.departmentId === view.departmentId) {
        row.className = 'current';
      }
      [standing.rank, standing.name, standing.score, standing.ballots].forEach(function (value) {
        var cell = document.createElement('td');
        cell.textContent = value === null ? '' : String(value);
        row.appendChild(cell);
      });
      rows.appendChild(row);
    });
    clock(view.now, view.endsAt);
  }

  // ---- host console: counts follow live; a change of the session (another host, a countdown's end) reloads
  function showHost(view) {
    if (String(view.version) !== root.getAttribute('data-version') || view.round !== root.getAttribute('data-round')
        || String(view.position) !== root.getAttribute('data-position')) {
      window.location.reload();
      return;
    }
    setText('ballots', view.ballots);
    setText('eligible', view.eligible);
    clock(view.now, view.endsAt);
  }

  // ---- voter page
  var RETRY_DELAYS = [500, 1000, 2000, 4000, 8000];
  var MAX_ATTEMPTS = 20;
  var TIMEOUT = 10000;
  var base = root.getAttribute('data-base');
  var campaign = root.getAttribute('data-campaign');
  var department = root.getAttribute('data-department');
  var chosen = null;
  var keys = {};

  function setBallot(state, status) {
    body.setAttribute('data-ballot', state);
    if (status !== undefined) {
      setText('status', status);
    }
  }

  function select(score) {
    chosen = score;
    each(document.querySelectorAll('button.score'), function (button) {
      button.classList.toggle('selected', Number(button.getAttribute('data-score')) === score);
    });
    setText('chosen', score === null ? '' : format(msg('chosen'), [score]));
  }

  function randomKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  // One key per voter and department, kept across reloads, so every retry of this ballot is the same ballot.
  function keyFor(departmentId) {
    var name = 'zhuqi.ballot.' + campaign + '.' + departmentId;
    try {
      var stored = window.localStorage.getItem(name);
      if (!stored) {
        stored = randomKey();
        window.localStorage.setItem(name, stored);
      }
      return stored;
    }
    catch (e) {
      keys[name] = keys[name] || randomKey();
      return keys[name];
    }
  }

  function showVoter(view) {
    body.setAttribute('data-mode', !view.started ? 'waiting' : (view.paused ? 'paused' : 'round'));
    var current = view.departmentId === null ? null : String(view.departmentId);
    if (current !== department) {
      department = current;
      select(null);
      setBallot('none', '');
      if (view.voted === null) {
        refresh();
      }
    }
    if (view.voted === true && body.getAttribute('data-ballot') !== 'submitted') {
      setBallot('submitted', msg('submitted'));
    }
    body.setAttribute('data-round', view.round);
    setText('department', view.departmentName);
    setText('progress', view.started ? format(msg('progress'), [view.position, view.departments]) : '');
    clock(view.now, view.endsAt);
  }

  function refresh() {
    window.fetch(base + '/state', { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (view) {
        if (view) {
          showVoter(view);
        }
      })
      .catch(function () {
        // the next event brings the state again
      });
  }

  function submit() {
    if (chosen === null || department === null) {
      return;
    }
    setBallot('sending', msg('sending'));
    attempt(department, chosen, keyFor(department), 0);
  }

  function attempt(departmentId, score, key, tries) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, TIMEOUT) : null;
    window.fetch(base + '/ballots', {
      method: 'POST',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ department: Number(departmentId), score: score, idempotencyKey: key }),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      window.clearTimeout(timer);
      if (response.status >= 500 || response.status === 429 || response.status === 408) {
        throw new Error('retry');
      }
      return response.json().then(function (answer) {
        answered(departmentId, answer);
      }, function () {
        if (departmentId === department) {
          setBallot('refused', msg('failed')); // an answer that is not ours: retrying would not help
        }
      });
    }).catch(function () {
      window.clearTimeout(timer);
      if (departmentId !== department) {
        return;
      }
      if (tries + 1 >= MAX_ATTEMPTS) {
        setBallot('refused', msg('failed'));
        return;
      }
      setBallot('sending', msg('retrying'));
      window.setTimeout(function () {
        attempt(departmentId, score, key, tries + 1);
      }, RETRY_DELAYS[Math.min(tries, RETRY_DELAYS.length - 1)]);
    });
  }

  function answered(departmentId, answer) {
    if (departmentId !== department) {
      return;
    }
    if (answer.verdict === 'ACCEPTED') {
      setBallot('submitted', answer.message);
    }
    else if (answer.verdict === 'CLOSED') {
      body.setAttribute('data-round', 'CLOSED');
      setBallot('none', '');
    }
    else if (answer.verdict === 'INVALID') {
      setBallot('none', answer.message);
    }
    else {
      setBallot('refused', answer.message);
    }
  }

  if (kind === 'screen') {
    follow(root.getAttribute('data-events'), showScreen);
  }
  else if (kind === 'host') {
    follow(root.getAttribute('data-events'), showHost);
  }
  else if (kind === 'vote') {
    document.addEventListener('click', function (event) {
      var score = event.target.closest('button.score');
      if (score) {
        select(Number(score.getAttribute('data-score')));
        setBallot('chosen', '');
      }
      else if (event.target.closest('#vote-submit')) {
        submit();
      }
      else if (event.target.closest('#vote-change')) {
        select(null);
        setBallot('none', '');
      }
    });
    follow(base + '/events', showVoter);
  }
}());
