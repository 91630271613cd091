// Loaded by the chat page only inside the embed.js panel (/?embed=1): Escape anywhere in the chat closes the panel.
// The host page cannot see key presses inside this iframe, so the page tells it; the message carries nothing else.
(function () {
  'use strict';
  if (window.parent === window) return;
  document.addEventListener(
    'keydown',
    function (event) {
      if (event.key === 'Escape') window.parent.postMessage({ careManagerBot: 'close' }, '*');
    },
    true,
  );
})();
