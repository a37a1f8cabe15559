// Runs before the first paint (a classic script in <head>; external, for the page's CSP).
// 1. The theme: the reader's saved choice (src/ui/display-prefs.ts), else the system's; the app
//    keeps it in sync afterwards (src/ui/use-theme.ts).
// 2. The build-time first frame (scripts/vite-prerender.ts) comes in a light and a dark copy:
//    as the parser inserts them, the other theme's copy is removed — and both when the page
//    will show another map than the default (an autosaved session, a #hash), so that the
//    default map never flashes before it.
(function () {
  var root = document.documentElement;
  var store = null;
  try {
    store = window.localStorage;
  } catch (e) {
    store = null; // storage blocked: the defaults
  }
  var read = function (key) {
    try {
      return store ? store.getItem(key) : null;
    } catch (e) {
      return null;
    }
  };
  var choice = null;
  try {
    var prefs = JSON.parse(read('mlops-transit-map:display') || 'null');
    if (prefs && (prefs.theme === 'light' || prefs.theme === 'dark')) choice = prefs.theme;
  } catch (e) {
    choice = null;
  }
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var theme = choice || (systemDark ? 'dark' : 'light');
  root.setAttribute('data-theme', theme);
  root.style.colorScheme = theme;

  var another = window.location.hash.length > 1 || read('mlops-transit-map:autosave') !== null;
  var unwanted = function (node) {
    var copy = node.nodeType === 1 && node.getAttribute('data-prerender');
    return copy && (another || copy !== theme);
  };
  var observer = new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) if (unwanted(added[j])) added[j].remove();
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    observer.disconnect();
  });
})();
