// The /admin dashboard: reads /admin/api/dashboard for the chosen dates and channel and draws it with Chart.js.
// Every chart has its numbers in a table beside it (screen readers, copying). User text only ever goes in as textContent.
(function () {
  'use strict';
  var Chart = window.Chart;
  var COLOURS = { answered: '#1b7f5a', suggested: '#b86e00', declined: '#b3261e', conversations: '#5b4b8a', questions: '#0b6e69', neutral: '#4f6d7a' };
  var CSV_TABLES = { daily: 'per day', unanswered: 'unanswered', noneOfThese: 'none of these', ratings: 'ratings', busiest: 'busiest entries', flows: 'flows', walk: 'walk' };
  var FLOW_LABELS = { careerSteps: 'Career steps walk', specialisation: 'Choose a specialisation', roadmap: 'My roadmap', salaryLadder: 'Salary ladder' };
  var charts = {};
  var form = document.getElementById('filters');
  var status = document.getElementById('status');

  if (Chart) {
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    Chart.defaults.color = '#26312f';
    Chart.defaults.datasets.bar.maxBarThickness = 44;
  }

  function day(date) {
    return date.toISOString().slice(0, 10);
  }

  function short(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function query() {
    var params = new URLSearchParams();
    params.set('from', form.elements.from.value);
    params.set('to', form.elements.to.value);
    params.set('channel', form.elements.channel.value);
    return params;
  }

  /** A table of the chart's numbers, in the chart's order. */
  function table(id, header, rows) {
    var holder = document.getElementById(id);
    holder.replaceChildren();
    if (rows.length === 0) {
      holder.appendChild(element('p', 'Nothing in this range.', 'empty'));
      return;
    }
    var t = element('table');
    var head = element('tr');
    header.forEach(function (h) {
      var th = element('th', h);
      th.scope = 'col';
      head.appendChild(th);
    });
    t.appendChild(element('thead')).appendChild(head);
    var body = t.appendChild(element('tbody'));
    rows.forEach(function (row) {
      var tr = element('tr');
      row.forEach(function (cell) {
        tr.appendChild(element('td', cell));
      });
      body.appendChild(tr);
    });
    holder.appendChild(t);
  }

  /** Draws (or redraws) one chart; a chart with no data says so over its canvas. */
  function draw(id, config, hasData) {
    if (charts[id]) charts[id].destroy();
    var canvas = document.getElementById(id);
    canvas.parentElement.classList.toggle('no-data', !hasData);
    canvas.parentElement.setAttribute('data-empty', 'Nothing in this range');
    charts[id] = new Chart(canvas, config);
  }

  function bars(labels, datasets, horizontal, stacked) {
    return {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: datasets.length > 1 } },
        scales: {
          x: { stacked: !!stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: !!stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    };
  }

  function percent(part, whole) {
    return whole === 0 ? '\u2013' : Math.round((100 * part) / whole) + '%';
  }

  function render(d) {
    var t = d.totals;
    document.getElementById('total-conversations').textContent = t.conversations;
    document.getElementById('total-questions').textContent = t.questions;
    document.getElementById('share-answered').textContent = percent(t.answered, t.questions);
    document.getElementById('share-suggested').textContent = percent(t.suggested, t.questions);
    document.getElementById('share-declined').textContent = percent(t.declined, t.questions);

    var days = d.days.map(function (r) {
      return r.day;
    });
    var daily = bars(days, [
      { type: 'line', label: 'Conversations', data: d.days.map((r) => r.conversations), borderColor: COLOURS.conversations, backgroundColor: COLOURS.conversations, tension: 0.2 },
      { label: 'Questions', data: d.days.map((r) => r.questions), backgroundColor: COLOURS.questions },
    ]);
    draw('chart-daily', daily, t.questions + t.conversations > 0);
    table('table-daily', ['Day', 'Conversations', 'Questions', 'Answered', 'Did you mean', 'Declined'], d.days.map((r) => [r.day, r.conversations, r.questions, r.answered, r.suggested, r.declined]));

    draw(
      'chart-outcomes',
      {
        type: 'doughnut',
        data: {
          labels: ['Answered', 'Did you mean', 'Declined'],
          datasets: [{ data: [t.answered, t.suggested, t.declined], backgroundColor: [COLOURS.answered, COLOURS.suggested, COLOURS.declined] }],
        },
        options: { plugins: { legend: { position: 'bottom' } } },
      },
      t.questions > 0,
    );
    table('table-outcomes', ['Handled', 'Questions', 'Share'], [
      ['Answered', t.answered, percent(t.answered, t.questions)],
      ['Did you mean', t.suggested, percent(t.suggested, t.questions)],
      ['Declined', t.declined, percent(t.declined, t.questions)],
    ]);

    draw('chart-busiest', bars(d.busiest.map((b) => b.title), [{ label: 'Times answered', data: d.busiest.map((b) => b.count), backgroundColor: COLOURS.questions }], true), d.busiest.length > 0);
    table('table-busiest', ['Entry', 'Id', 'Times answered'], d.busiest.map((b) => [b.title, b.entryId, b.count]));

    draw('chart-unanswered', bars(d.unanswered.map((g) => short(g.label, 48)), [{ label: 'Times asked', data: d.unanswered.map((g) => g.count), backgroundColor: COLOURS.declined }], true), d.unanswered.length > 0);
    renderFixes(d.unanswered);

    draw('chart-none', bars(d.noneOfThese.map((n) => short(n.question, 48)), [{ label: 'Times', data: d.noneOfThese.map((n) => n.count), backgroundColor: COLOURS.suggested }], true), d.noneOfThese.length > 0);
    table('table-none', ['Question', 'Times', 'Entries offered'], d.noneOfThese.map((n) => [n.question, n.count, n.offered.join(', ')]));

    draw(
      'chart-ratings',
      bars(
        d.ratings.map((r) => r.title),
        [
          { label: 'Helpful', data: d.ratings.map((r) => r.helpful), backgroundColor: COLOURS.answered },
          { label: 'Not helpful', data: d.ratings.map((r) => r.notHelpful), backgroundColor: COLOURS.declined },
        ],
        true,
        true,
      ),
      d.ratings.length > 0,
    );
    table('table-ratings', ['Entry', 'Id', 'Helpful', 'Not helpful'], d.ratings.map((r) => [r.title, r.entryId, r.helpful, r.notHelpful]));

    var flowNames = d.flows.map((f) => FLOW_LABELS[f.flow] || f.flow);
    draw(
      'chart-flows',
      bars(flowNames, [
        { label: 'Started', data: d.flows.map((f) => f.started), backgroundColor: COLOURS.neutral },
        { label: 'Finished', data: d.flows.map((f) => f.finished), backgroundColor: COLOURS.answered },
      ]),
      d.flows.some((f) => f.started + f.finished > 0),
    );
    table('table-flows', ['Flow', 'Started', 'Finished'], d.flows.map((f, i) => [flowNames[i], f.started, f.finished]));

    draw('chart-walk', bars(d.walk.map((w) => 'Step ' + w.step), [{ label: 'Conversations that reached the step', data: d.walk.map((w) => w.reached), backgroundColor: COLOURS.conversations }]), d.walk.some((w) => w.reached > 0));
    table('table-walk', ['Step', 'Title', 'Conversations that reached it'], d.walk.map((w) => [w.step, w.title, w.reached]));

    var links = document.getElementById('csv-links');
    links.replaceChildren();
    Object.keys(CSV_TABLES).forEach(function (key, index) {
      var params = query();
      params.set('table', key);
      var a = element('a', CSV_TABLES[key]);
      a.href = '/admin/export.csv?' + params.toString();
      a.setAttribute('download', '');
      if (index > 0) links.appendChild(document.createTextNode(' \u00b7 '));
      links.appendChild(a);
    });
  }

  function renderFixes(groups) {
    var list = document.getElementById('fixes');
    list.replaceChildren();
    if (groups.length === 0) {
      list.appendChild(element('li', 'No unanswered questions in this range.', 'empty'));
      return;
    }
    groups.forEach(function (group) {
      var item = element('li', null, 'fix');
      var title = item.appendChild(element('p', null, 'fix-title'));
      title.appendChild(element('strong', group.label));
      title.appendChild(document.createTextNode(' \u2014 asked ' + group.count + (group.count === 1 ? ' time' : ' times')));
      if (group.questions.length > 1) {
        var also = item.appendChild(element('ul', null, 'also'));
        group.questions.slice(1).forEach(function (q) {
          also.appendChild(element('li', q.question + ' (' + q.count + ')'));
        });
      }
      var closest = item.appendChild(element('p', null, 'closest'));
      closest.appendChild(document.createTextNode('Closest entries: '));
      if (group.closest.length === 0) closest.appendChild(document.createTextNode('none (the engine found no entry near it).'));
      group.closest.forEach(function (entry, i) {
        if (i > 0) closest.appendChild(document.createTextNode(', '));
        var a = element('a', entry.title);
        a.href = '#entry-' + encodeURIComponent(entry.id);
        a.title = 'Entry id ' + entry.id;
        a.addEventListener('click', function (event) {
          event.preventDefault();
          showEntry(entry);
        });
        closest.appendChild(a);
        closest.appendChild(element('span', ' (' + entry.id + ')', 'id'));
      });
      group.fixes.forEach(function (fix) {
        var box = item.appendChild(element('div', null, 'yaml'));
        box.appendChild(element('p', 'In ' + fix.file + ', ' + fix.where + ', ' + fix.when + ':'));
        var pre = box.appendChild(element('pre'));
        pre.appendChild(element('code', fix.yaml));
        var copy = box.appendChild(element('button', 'Copy', 'quiet'));
        copy.type = 'button';
        copy.setAttribute('aria-label', 'Copy the line for ' + fix.file);
        copy.addEventListener('click', function () {
          if (navigator.clipboard) navigator.clipboard.writeText(fix.yaml.trim()).then(function () {
            copy.textContent = 'Copied';
          });
        });
      });
      list.appendChild(item);
    });
  }

  /** The entry's own question and answer, so an editor sees what it says without opening the YAML. */
  function showEntry(entry) {
    var dialog = document.getElementById('entry-dialog') || document.body.appendChild(element('dialog'));
    dialog.id = 'entry-dialog';
    dialog.replaceChildren();
    dialog.appendChild(element('h2', entry.title + ' (' + entry.id + ')'));
    dialog.appendChild(element('p', entry.question, 'entry-question'));
    dialog.appendChild(element('p', entry.answer, 'entry-answer'));
    var close = dialog.appendChild(element('button', 'Close'));
    close.type = 'button';
    close.addEventListener('click', function () {
      dialog.close();
    });
    dialog.showModal();
  }

  async function load() {
    var params = query();
    history.replaceState(null, '', '?' + params.toString());
    status.textContent = 'Loading\u2026';
    status.classList.remove('problem');
    try {
      var response = await fetch('/admin/api/dashboard?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      var body = await response.json();
      if (response.status === 401) {
        location.reload();
        return;
      }
      if (!response.ok) throw new Error(body && body.error ? body.error.message : 'The server answered ' + response.status + '.');
      render(body);
      var channel = form.elements.channel.options[form.elements.channel.selectedIndex].text;
      status.textContent = body.filter.from + ' to ' + body.filter.to + ', ' + channel + '.';
      document.body.setAttribute('data-loaded', 'true');
    } catch (error) {
      status.textContent = 'Could not load the dashboard: ' + (error && error.message ? error.message : String(error));
      status.classList.add('problem');
    }
  }

  var initial = new URLSearchParams(location.search);
  var today = new Date();
  form.elements.to.value = initial.get('to') || day(today);
  form.elements.from.value = initial.get('from') || day(new Date(today.getTime() - 29 * 86400000));
  form.elements.channel.value = initial.get('channel') || 'all';
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });
  if (!Chart) {
    status.textContent = 'The chart library did not load (/admin/assets/chart.umd.js); run npm install on the server and restart it.';
    status.classList.add('problem');
    return;
  }
  load();
})();
