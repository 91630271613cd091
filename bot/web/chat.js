// The web chat page: gets a Direct Line token from this server, then renders Microsoft Web Chat with the project's look.
// Plain browser JavaScript, no build step. URLs are relative, so the page also works behind a path prefix.
'use strict';

(function () {
  var FONT = "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif";
  // Two palettes, each checked for WCAG AA contrast (4.5:1 for text) against its own backgrounds.
  var PALETTES = {
    light: {
      brand: '#0B6E69', accent: '#5B4B8A', line: '#D5E3E1', background: '#F7FAF9', subtle: '#56625F',
      bubble: '#FFFFFF', text: '#1B2B2A', userBubble: '#0B6E69', userText: '#FFFFFF',
      action: '#0B6E69', actionBackground: '#FFFFFF', actionHover: '#E3F1EF', sendBox: '#FFFFFF', placeholder: '#56625F',
    },
    dark: {
      brand: '#5FCFC4', accent: '#B9A8F0', line: '#2F4543', background: '#0F1A19', subtle: '#A7B8B5',
      bubble: '#1B2A29', text: '#E7F1EF', userBubble: '#0B6E69', userText: '#FFFFFF',
      action: '#8EE3DA', actionBackground: '#1B2A29', actionHover: '#24403D', sendBox: '#1B2A29', placeholder: '#A7B8B5',
    },
  };

  /** Web Chat 4.18 styleOptions: https://github.com/microsoft/BotFramework-WebChat/blob/main/packages/api/src/StyleOptions.ts */
  function styleOptionsFor(dark) {
    var p = dark ? PALETTES.dark : PALETTES.light;
    return {
      accent: p.brand,
      backgroundColor: p.background,
      subtle: p.subtle,
      primaryFont: FONT,
      avatarSize: 36,
      botAvatarInitials: 'CM',
      botAvatarBackgroundColor: '#0B6E69',
      userAvatarInitials: 'You',
      userAvatarBackgroundColor: '#5B4B8A',
      bubbleBackground: p.bubble,
      bubbleBorderColor: p.line,
      bubbleBorderRadius: 12,
      bubbleTextColor: p.text,
      bubbleFromUserBackground: p.userBubble,
      bubbleFromUserBorderColor: p.userBubble,
      bubbleFromUserBorderRadius: 12,
      bubbleFromUserTextColor: p.userText,
      bubbleMinWidth: 0,
      bubbleMaxWidth: 600,
      // Buttons wrap onto as many lines as they need, on every screen: a sideways carousel hid labels behind its arrows.
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 40,
      suggestedActionBackgroundColor: p.actionBackground,
      suggestedActionBorderColor: p.action,
      suggestedActionBorderRadius: 18,
      suggestedActionBorderWidth: 1,
      suggestedActionTextColor: p.action,
      suggestedActionBackgroundColorOnHover: p.actionHover,
      sendBoxBackground: p.sendBox,
      sendBoxTextColor: p.text,
      sendBoxPlaceholderColor: p.placeholder,
      sendBoxButtonColor: p.action,
      sendBoxBorderTop: 'solid 1px ' + p.line,
      sendBoxHeight: 48,
      timestampColor: p.subtle,
      typingAnimationBackgroundImage: null,
      hideUploadButton: true,
    };
  }

  var status = document.getElementById('status');
  var frame = document.getElementById('webchat');
  var newChatButton = document.getElementById('new-chat');
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  function showProblem(message) {
    status.textContent = message;
    status.classList.add('status--problem');
    frame.hidden = true;
  }

  if (!window.WebChat || typeof window.WebChat.renderWebChat !== 'function') {
    // The server already explains a missing bundle in the status box; this covers a bundle that failed to load.
    if (!status.textContent.trim()) {
      showProblem('The chat could not load its Web Chat program. Try reloading the page. If you run this server: run `node scripts/fetch-webchat.cjs`, then restart it.');
    }
    return;
  }

  function focusSendBox(host) {
    // Web Chat renders asynchronously; wait for its send box, then put the keyboard there.
    var tries = 0;
    var timer = setInterval(function () {
      var input = host.querySelector('[data-id="webchat-sendbox-input"]');
      tries += 1;
      if (input || tries > 50) {
        clearInterval(timer);
        if (input) input.focus();
      }
    }, 100);
  }

  // ------------------------------------------------------------------ what the browser keeps

  // The ticket the server gave this browser last time (localStorage, every tab): with it, a reload or a later visit is
  // the same user to the bot, so saved progress is offered back. The conversation itself (sessionStorage, this tab
  // only): a reload reconnects to it and shows its transcript. Storage can be off (private mode): then every load is new.
  var VISITOR_KEY = 'care-manager-bot.visitor';
  var CONVERSATION_KEY = 'care-manager-bot.conversation';

  // Inside the embed.js panel the page is a frame of another site, where browsers often refuse it storage (third-party
  // storage blocked) or give it storage of its own per site. The host page then keeps a copy for it (in the host's
  // sessionStorage): the frame asks for it on load and sends every change, so the conversation survives the visitor
  // moving between the site's pages. Only the parent window is listened to, and only its origin is written to.
  var embedded = window.parent !== window && /[?&]embed=1(?:&|$)/.test(window.location.search);
  var hostCopy = {};
  var hostOrigin;

  function askHost() {
    if (!embedded) return Promise.resolve();
    return new Promise(function (resolve) {
      var timer;
      function answered(event) {
        if (event.source !== window.parent || !event.data || event.data.careManagerBot !== 'saved') return;
        window.removeEventListener('message', answered);
        clearTimeout(timer);
        hostOrigin = event.origin;
        var kept = event.data.kept || {};
        [VISITOR_KEY, CONVERSATION_KEY].forEach(function (key) {
          if (typeof kept[key] === 'string') hostCopy[key] = kept[key];
        });
        resolve();
      }
      window.addEventListener('message', answered);
      // Nothing but the question goes to a parent not yet known; a host without the launcher never answers.
      window.parent.postMessage({ careManagerBot: 'hello' }, '*');
      timer = setTimeout(function () {
        window.removeEventListener('message', answered);
        resolve();
      }, 1500);
    });
  }

  function read(storage, key) {
    var own;
    try {
      own = window[storage].getItem(key) || undefined;
    } catch (error) {
      own = undefined;
    }
    return own || hostCopy[key];
  }

  function write(storage, key, value) {
    try {
      if (value === undefined) window[storage].removeItem(key);
      else window[storage].setItem(key, value);
    } catch (error) {
      // Not kept here: the host's copy below, or the next load starts afresh, which is all that is lost.
    }
    if (!embedded || !hostOrigin) return;
    if (value === undefined) delete hostCopy[key];
    else hostCopy[key] = value;
    window.parent.postMessage({ careManagerBot: 'keep', key: key, value: value }, hostOrigin);
  }

  function savedConversation() {
    try {
      var saved = JSON.parse(read('sessionStorage', CONVERSATION_KEY) || 'null');
      if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' && typeof saved.userId === 'string') return saved;
    } catch (error) {
      // A damaged record is dropped below.
    }
    write('sessionStorage', CONVERSATION_KEY, undefined);
    return undefined;
  }

  // ------------------------------------------------------------------ getting a conversation

  var AZURE_DOMAIN = 'https://directline.botframework.com/v3/directline';

  async function postJson(url, token, body) {
    var headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    var response = await fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(body || {}) });
    var parsed = await response.json().catch(function () {
      return {};
    });
    return { ok: response.ok && typeof parsed.token === 'string', status: response.status, body: parsed };
  }

  /** A token for a new conversation from this server (it exchanges the secret in production). */
  async function newConversation() {
    var result = await postJson('api/directline/token', undefined, { visitor: read('localStorage', VISITOR_KEY) });
    if (!result.ok) {
      var reason = result.body && result.body.error && result.body.error.message ? result.body.error.message : 'The server answered ' + result.status + '.';
      throw new Error(reason);
    }
    var body = result.body;
    write('localStorage', VISITOR_KEY, typeof body.visitor === 'string' ? body.visitor : undefined);
    // Locally the server names its own Direct Line (relative to this page); in production Web Chat uses Azure's.
    var domain = body.domain ? new URL(body.domain, window.location.href).href.replace(/\/$/, '') : undefined;
    return { token: body.token, userId: body.userId, domain: domain, conversationId: body.conversationId, resumed: false };
  }

  /** The conversation this tab had, with a refreshed token, as Direct Line allows; undefined when it is gone. */
  async function savedConversationRefreshed() {
    var saved = savedConversation();
    if (!saved) return undefined;
    try {
      var result = await postJson((saved.domain || AZURE_DOMAIN) + '/tokens/refresh', saved.token);
      if (result.ok && (!result.body.conversationId || result.body.conversationId === saved.conversationId)) {
        return { token: result.body.token, userId: saved.userId, domain: saved.domain, conversationId: saved.conversationId, resumed: true };
      }
    } catch (error) {
      // Offline or refused: a new conversation below.
    }
    write('sessionStorage', CONVERSATION_KEY, undefined);
    return undefined;
  }

  // ------------------------------------------------------------------ the chat

  var current;

  function keepConversation(chat) {
    // DirectLineJS refreshes its token every 15 minutes; the newest one is what a reload will need.
    var token = typeof chat.directLine.token === 'string' ? chat.directLine.token : chat.session.token;
    var conversationId = chat.directLine.conversationId || chat.session.conversationId;
    if (!conversationId) return;
    write('sessionStorage', CONVERSATION_KEY, JSON.stringify({ conversationId: conversationId, token: token, userId: chat.session.userId, domain: chat.session.domain }));
  }

  function props(chat) {
    return {
      directLine: chat.directLine,
      store: chat.store,
      userID: chat.session.userId,
      username: 'You',
      locale: 'en-US',
      styleOptions: styleOptionsFor(darkQuery.matches),
      // Screen readers otherwise announce "Bot CM said:" (the avatar initials); say the bot's name instead.
      overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: document.title + ' said:' },
      nonce: document.body.dataset.nonce || undefined,
    };
  }

  function open(session) {
    // Replies arrive over Direct Line's WebSocket stream; `?transport=polling` (the benchmark's comparison) polls instead.
    var options = { token: session.token, webSocket: !/[?&]transport=polling(?:&|$)/.test(window.location.search) };
    if (session.domain) options.domain = session.domain;
    if (session.resumed) {
      // Reconnect, replaying everything the Direct Line still holds, so the transcript comes back.
      options.conversationId = session.conversationId;
      options.watermark = '0';
    }
    // One host for the page's life: rendering a new conversation into it lets Web Chat disconnect the old one itself.
    var host = frame.querySelector('.webchat-host');
    if (!host) {
      host = document.createElement('div');
      host.className = 'webchat-host';
      frame.replaceChildren(host);
    }
    var chat = { session: session, directLine: window.WebChat.createDirectLine(options), store: window.WebChat.createStore(), host: host };
    // Only the connection status is watched (a BehaviorSubject): subscribing to activity$ here would connect before Web
    // Chat sets the user id, which DirectLineJS refuses.
    chat.directLine.connectionStatus$.subscribe(function (connection) {
      // 2: online. From then on a reload of this tab comes back to this conversation.
      if (connection === 2 && current === chat) keepConversation(chat);
    });
    current = chat;
    window.WebChat.renderWebChat(props(chat), host);
    focusSendBox(host);
    return chat;
  }

  async function start(fresh) {
    status.classList.remove('status--problem');
    status.textContent = 'Connecting to the ' + document.title + '…';
    frame.hidden = false;
    var session = (!fresh && (await savedConversationRefreshed())) || (await newConversation());
    open(session);
    status.textContent = '';
  }

  function fail(error) {
    showProblem('The chat could not start: ' + error.message + ' Reload the page to try again.');
  }

  // Rendering a new conversation makes Web Chat end the old one, and DirectLineJS then rejects a promise nobody awaits
  // with "conversation ended". That ending is the one asked for: it is not reported as a page error.
  function ignoreOwnEnding(event) {
    var reason = event.reason || event.error;
    if (reason && reason.message === 'conversation ended') event.preventDefault();
  }
  window.addEventListener('unhandledrejection', ignoreOwnEnding);
  window.addEventListener('error', ignoreOwnEnding);

  newChatButton.addEventListener('click', function () {
    current = undefined;
    write('sessionStorage', CONVERSATION_KEY, undefined);
    start(true).catch(fail);
  });

  // The token DirectLineJS refreshed last is what a reload needs: kept every minute and when the page goes away.
  setInterval(function () {
    if (current) keepConversation(current);
  }, 60000);
  window.addEventListener('pagehide', function () {
    if (current) keepConversation(current);
  });

  // The system's light or dark setting, followed live.
  darkQuery.addEventListener('change', function () {
    if (current) window.WebChat.renderWebChat(props(current), current.host);
  });

  // ------------------------------------------------------------------ copy buttons on checklists

  // A checklist comes as a code block; each gets a button that copies its text (the Clipboard API needs https or localhost).
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('copy refused');
  }

  function addCopyButton(pre) {
    if (pre.dataset.copyable) return;
    pre.dataset.copyable = 'yes';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy checklist';
    button.addEventListener('click', function () {
      copyText(pre.innerText.replace(/\n+$/, ''))
        .then(function () {
          button.textContent = 'Copied';
        })
        .catch(function () {
          button.textContent = 'Select the text to copy it';
        });
      setTimeout(function () {
        button.textContent = 'Copy checklist';
      }, 2500);
    });
    pre.insertAdjacentElement('afterend', button);
  }

  new MutationObserver(function () {
    frame.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) pre').forEach(addCopyButton);
  }).observe(frame, { childList: true, subtree: true });

  askHost()
    .then(function () {
      return start(false);
    })
    .catch(fail);
})();
