// Where Bootstrap Italia's bundle loads its fonts from (copied there by the Maven build).
window.__PUBLIC_PATH__ = '/static/vendor/bootstrap-italia/fonts';
