// Bootstrap Italia's bundle does not load its fonts by itself; they are served from here.
window.bootstrap.loadFonts('/static/vendor/bootstrap-italia/fonts');
