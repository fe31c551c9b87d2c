// After a failed submit of a public form, move the focus to its error summary
// (templates/includes/_public_form_errors.html), so that screen-reader and keyboard users
// hear what went wrong and continue from there. Without JavaScript the summary is still shown.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
