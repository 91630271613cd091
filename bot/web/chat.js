// The web chat page: gets a Direct Line token from this server, then renders Microsoft Web Chat with the project's look.
// Plain browser JavaScript, no build step. URLs are relative, so the page also works behind a path prefix.
'use strict';

(function () {
  var BRAND = '#0B6E69';
  var ACCENT = '#5B4B8A';
  var LINE = '#D5E3E1';
  // On a phone, wrapped suggested actions would push the conversation off screen: one row that scrolls sideways instead.
  var narrow = window.matchMedia('(max-width: 600px)').matches;

  /** Web Chat 4.18 styleOptions: https://github.com/microsoft/BotFramework-WebChat/blob/main/packages/api/src/StyleOptions.ts */
  var styleOptions = {
    accent: BRAND,
    backgroundColor: '#F7FAF9',
    subtle: '#56625F',
    primaryFont: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif",
    avatarSize: 36,
    botAvatarInitials: 'CM',
    botAvatarBackgroundColor: BRAND,
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: ACCENT,
    bubbleBackground: '#FFFFFF',
    bubbleBorderColor: LINE,
    bubbleBorderRadius: 12,
    bubbleTextColor: '#1B2B2A',
    bubbleFromUserBackground: BRAND,
    bubbleFromUserBorderColor: BRAND,
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleMinWidth: 0,
    bubbleMaxWidth: 600,
    suggestedActionLayout: narrow ? 'carousel' : 'flow',
    suggestedActionHeight: narrow ? 36 : 40,
    suggestedActionBackgroundColor: '#FFFFFF',
    suggestedActionBorderColor: BRAND,
    suggestedActionBorderRadius: 18,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: BRAND,
    suggestedActionBackgroundColorOnHover: '#E3F1EF',
    sendBoxButtonColor: BRAND,
    sendBoxBorderTop: 'solid 1px ' + LINE,
    sendBoxHeight: 48,
    hideUploadButton: true,
  };

  var status = document.getElementById('status');
  var host = document.getElementById('webchat');

  function showProblem(message) {
    status.textContent = message;
    status.classList.add('status--problem');
    host.hidden = true;
  }

  if (!window.WebChat || typeof window.WebChat.renderWebChat !== 'function') {
    // The server already explains a missing bundle in the status box; this covers a bundle that failed to load.
    if (!status.textContent.trim()) {
      showProblem('The chat could not load its Web Chat program. Try reloading the page. If you run this server: run `node scripts/fetch-webchat.cjs`, then restart it.');
    }
    return;
  }

  function focusSendBox() {
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

  // The ticket the server gave this browser last time: with it, a reload or a later visit is the same user to the bot,
  // so a walk through the steps offers to resume. Storage can be off (private mode): then every visit is a new user.
  var VISITOR_KEY = 'care-manager-bot.visitor';

  function readVisitor() {
    try {
      return window.localStorage.getItem(VISITOR_KEY) || undefined;
    } catch (error) {
      return undefined;
    }
  }

  function keepVisitor(ticket) {
    try {
      if (typeof ticket === 'string') window.localStorage.setItem(VISITOR_KEY, ticket);
    } catch (error) {
      // Not kept: the next visit starts as a new user, which is all that is lost.
    }
  }

  async function fetchToken() {
    var response = await fetch('api/directline/token', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ visitor: readVisitor() }),
    });
    var body = await response.json().catch(function () {
      return {};
    });
    if (!response.ok || typeof body.token !== 'string') {
      var reason = body && body.error && body.error.message ? body.error.message : 'The server answered ' + response.status + '.';
      throw new Error(reason);
    }
    return body;
  }

  async function start() {
    status.textContent = 'Connecting to the ' + document.title + '…';
    var session = await fetchToken();
    keepVisitor(session.visitor);
    var options = { token: session.token, webSocket: false };
    // Locally the server names its own Direct Line (relative to this page); in production Web Chat uses Azure's default.
    if (session.domain) options.domain = new URL(session.domain, window.location.href).href.replace(/\/$/, '');
    window.WebChat.renderWebChat(
      {
        directLine: window.WebChat.createDirectLine(options),
        userID: session.userId,
        username: 'You',
        locale: 'en-US',
        styleOptions: styleOptions,
        // Screen readers otherwise announce "Bot CM said:" (the avatar initials); say the bot's name instead.
        overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: document.title + ' said:' },
        nonce: document.body.dataset.nonce || undefined,
      },
      host,
    );
    status.textContent = '';
    focusSendBox();
  }

  start().catch(function (error) {
    showProblem('The chat could not start: ' + error.message + ' Reload the page to try again.');
  });
})();
