// The chat launcher for other websites: one script tag, src="https://BOT-HOST/embed.js" async (deploy/README.md).
// A round button in a corner opens the bot's chat page in a panel over the host page. Until the button is pressed nothing
// but this file is loaded. Everything lives in a shadow root (no style leaks either way) and the chat in an iframe of the
// bot's own page; the host gets no cookies, only a sessionStorage flag that reopens the panel on the site's next page.
(function () {
  'use strict';
  // Filled in by the server (bot/web/embed.ts): the sites allowed to show the chat, and the bot's name.
  var SETTINGS = /*SETTINGS*/ { origins: [], botName: 'Chat' } /*END*/;
  var OPEN_KEY = 'care-manager-bot.embed.open';
  // The chat page's own records (its visitor ticket and conversation), kept here for it: inside a frame of this site
  // the browser may refuse it storage of its own. Only these names, only strings of a sane length.
  var KEPT_KEY = 'care-manager-bot.embed.kept';
  var KEPT_NAMES = ['care-manager-bot.visitor', 'care-manager-bot.conversation'];
  var script = document.currentScript;
  if (!script || !script.src || window.__careManagerBotEmbed) return;
  window.__careManagerBotEmbed = true;

  var botOrigin = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var colour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.colour || data.color || '') ? data.colour || data.color : '#0b6e69';
  var title = (data.title || SETTINGS.botName).slice(0, 80);
  var side = data.position === 'bottom-left' ? 'left' : 'right';
  var opening = (data.openingMessage || '').slice(0, 160);
  var allowed = location.origin === botOrigin || SETTINGS.origins.indexOf('*') >= 0 || SETTINGS.origins.indexOf(location.origin) >= 0;

  /** Black or white text, whichever reads better on the chosen colour (WCAG relative luminance). */
  function textOn(hex) {
    var full = hex.length === 4 ? '#' + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex;
    var channel = function (i) {
      var c = parseInt(full.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#111' : '#fff';
  }
  var ink = textOn(colour);

  var css =
    ':host{all:initial}' +
    '*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:normal;word-spacing:normal;text-transform:none;font-style:normal}' +
    '.launcher{position:fixed;bottom:20px;' + side + ':20px;width:60px;height:60px;border-radius:50%;border:0;cursor:pointer;' +
    'background:' + colour + ';color:' + ink + ';box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center;z-index:2147483000}' +
    '.launcher:focus-visible,.close:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px;box-shadow:0 0 0 6px #fff}' +
    '.launcher svg{width:28px;height:28px}' +
    '.bubble{position:fixed;bottom:32px;' + side + ':92px;max-width:240px;padding:10px 14px;border-radius:12px;background:#fff;color:#1a1a1a;' +
    'font-size:14px;line-height:1.4;box-shadow:0 4px 14px rgba(0,0,0,.2);z-index:2147483000;cursor:pointer}' +
    '.panel{position:fixed;bottom:92px;' + side + ':20px;width:min(400px,calc(100vw - 40px));height:min(640px,calc(100vh - 112px));' +
    'display:flex;flex-direction:column;background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.3);z-index:2147483001}' +
    '.panel[hidden],.bubble[hidden]{display:none}' +
    '.bar{display:flex;align-items:center;gap:8px;padding:10px 12px 10px 16px;background:' + colour + ';color:' + ink + '}' +
    '.bar h2{flex:1;margin:0;font-size:16px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
    '.close{width:36px;height:36px;border:0;border-radius:8px;background:transparent;color:inherit;font-size:24px;line-height:1;cursor:pointer}' +
    '.close:hover{background:rgba(127,127,127,.25)}' +
    'iframe{flex:1;width:100%;border:0;background:#fff}' +
    '.refused{flex:1;padding:24px;color:#1a1a1a;font-size:15px;line-height:1.5}' +
    '@media (max-width:480px){.panel{inset:0;width:100%;height:100%;border-radius:0}.panel:not([hidden])~.launcher{display:none}}' +
    '@media (prefers-reduced-motion:no-preference){.panel{transition:opacity .15s}}';

  // A name of its own, so no host rule for div or button applies to it; inline !important beats the host's !important,
  // and resets everything the shadow tree would otherwise inherit from the page (fonts, letter-spacing, colour).
  var host = document.createElement('care-manager-bot');
  host.setAttribute('data-care-manager-bot', '');
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  var root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    // A constructed sheet also works where the host's CSP forbids inline <style>.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    var style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }

  var panelId = 'care-manager-bot-panel';
  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = panelId;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', 'care-manager-bot-title');
  var bar = document.createElement('div');
  bar.className = 'bar';
  var heading = document.createElement('h2');
  heading.id = 'care-manager-bot-title';
  heading.textContent = title;
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Close chat');
  close.textContent = '\u00d7';
  bar.appendChild(heading);
  bar.appendChild(close);
  panel.appendChild(bar);

  var bubble = document.createElement('div');
  bubble.className = 'bubble';
  bubble.hidden = opening === '';
  bubble.textContent = opening;
  bubble.setAttribute('aria-hidden', 'true');

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', 'Open chat: ' + title);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panelId);
  button.innerHTML =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>';

  root.appendChild(panel);
  root.appendChild(bubble);
  root.appendChild(button);

  var frame = null;

  function remember(open) {
    try {
      if (open) sessionStorage.setItem(OPEN_KEY, '1');
      else sessionStorage.removeItem(OPEN_KEY);
    } catch (e) {
      // Storage blocked: the panel just starts closed on the next page.
    }
  }

  /** The chat page itself, created on first open: nothing of it loads before. */
  function fill() {
    if (frame || panel.childNodes.length > 1) return;
    if (!allowed) {
      var refused = document.createElement('p');
      refused.className = 'refused';
      refused.setAttribute('role', 'alert');
      refused.textContent =
        'This chat is not switched on for ' + location.origin + '. The site owner can allow it by adding ' + location.origin +
        ' to EMBED_ORIGINS in the bot\u2019s settings.';
      panel.appendChild(refused);
      if (window.console) console.warn('Care Manager Career Bot: ' + location.origin + ' is not in EMBED_ORIGINS on ' + botOrigin + '; the chat is not shown.');
      return;
    }
    frame = document.createElement('iframe');
    frame.title = 'Chat with ' + title;
    // The chat page sits beside embed.js, so a bot served under a path prefix (a proxy at /carebot/) works too.
    frame.src = new URL('./?embed=1', script.src).href;
    frame.setAttribute('allow', 'clipboard-write');
    panel.appendChild(frame);
  }

  function open(focus) {
    fill();
    panel.hidden = false;
    bubble.hidden = true;
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-label', 'Close chat: ' + title);
    remember(true);
    if (focus) (frame || close).focus();
  }

  function hide() {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-label', 'Open chat: ' + title);
    remember(false);
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.hidden) open(true);
    else hide();
  });
  bubble.addEventListener('click', function () {
    open(true);
  });
  close.addEventListener('click', hide);
  root.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
  function readKept() {
    try {
      var kept = JSON.parse(sessionStorage.getItem(KEPT_KEY) || '{}');
      return kept && typeof kept === 'object' ? kept : {};
    } catch (e) {
      return {};
    }
  }

  function keep(name, value) {
    if (KEPT_NAMES.indexOf(name) < 0 || (value !== undefined && (typeof value !== 'string' || value.length > 4000))) return;
    var kept = readKept();
    if (value === undefined) delete kept[name];
    else kept[name] = value;
    try {
      sessionStorage.setItem(KEPT_KEY, JSON.stringify(kept));
    } catch (e) {
      // Storage blocked here too: the chat starts afresh on the next page.
    }
  }

  // Messages from the chat page (bot/web/chat.js, embed-frame.js): Escape pressed inside it, its request for the records
  // kept for it, and their changes. Only from our own frame, from the bot's origin.
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== botOrigin || !event.data) return;
    var message = event.data;
    if (message.careManagerBot === 'close') hide();
    else if (message.careManagerBot === 'hello') frame.contentWindow.postMessage({ careManagerBot: 'saved', kept: readKept() }, botOrigin);
    else if (message.careManagerBot === 'keep') keep(message.key, message.value);
  });

  function mount() {
    document.body.appendChild(host);
    var wasOpen = false;
    try {
      wasOpen = sessionStorage.getItem(OPEN_KEY) === '1';
    } catch (e) {
      wasOpen = false;
    }
    if (wasOpen) open(false);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
